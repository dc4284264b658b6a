package org.zhucun.pairings.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.pairings.HouseholdExcel;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportResult;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadForm;
import org.zhucun.shared.web.UploadLimit;

/**
 * Households in Excel: the template and the import in two steps (the checked file's
 * preview of what will be created, updated and left unchanged, then the confirmation).
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/households")
class HouseholdExcelController {

	private static final String VIEW = "pairings/household-import";

	private final HouseholdExcel excel;

	private final ImportPages imports;

	private final MessageSource messages;

	HouseholdExcelController(HouseholdExcel excel, ImportPages imports, MessageSource messages) {
		this.excel = excel;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		this.excel.writeTemplate(() -> ExcelDownloads.start(response, this.excel.templateFileName()));
	}

	@GetMapping("/import")
	String page(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge, Model model) {
		this.excel.requireImporter();
		return this.imports.page(setup(), new UploadForm(), tooLarge != null, model);
	}

	/** Checks the file and shows its row errors, or the preview with the button that confirms it. */
	@PostMapping("/import")
	String preview(@ModelAttribute(ImportPages.FORM) UploadForm form, BindingResult result, Model model, Locale locale) {
		this.excel.requireImporter();
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			result.rejectValue("file", file == null || file.getOriginalFilename() == null
					|| file.getOriginalFilename().isBlank() ? "excel.file.required" : "excel.file.empty");
		}
		else if (file.getSize() > UploadLimit.MAX_BYTES) {
			result.rejectValue("file", "excel.file.too-large", new Object[] { UploadLimit.MAX_BYTES / 1024 / 1024 }, null);
		}
		else {
			try {
				HouseholdExcel.Preview preview = this.excel.preview(file.getBytes());
				if (preview.plan().succeeded()) {
					model.addAttribute("plan", preview.plan());
					model.addAttribute("token", preview.token());
				}
				else {
					rowErrors(preview.plan().result(), model, locale);
				}
			}
			catch (ImportFileException ex) {
				result.rejectValue("file", ex.messageKey(), ex.args(), null);
			}
			catch (IOException ex) {
				result.rejectValue("file", "excel.file.unreadable");
			}
		}
		return this.imports.page(setup(), form, false, model);
	}

	/** Imports the previewed file; when the register changed in between so that a row no longer fits, shows why. */
	@PostMapping("/import/confirm")
	String confirm(@RequestParam UUID token, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			Optional<HouseholdExcel.Plan> done = this.excel.confirm(token);
			if (done.isEmpty()) {
				Flash.error(redirect, "pairings.excel.import.expired");
				return "redirect:/households/import";
			}
			HouseholdExcel.Plan plan = done.get();
			if (plan.succeeded()) {
				Flash.success(redirect, "pairings.excel.import.done", plan.created(), plan.updated(), plan.unchanged());
				return "redirect:/households";
			}
			rowErrors(plan.result(), model, locale);
		}
		catch (ImportFileException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/households/import";
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/households/import";
		}
		return this.imports.page(setup(), new UploadForm(), false, model);
	}

	private void rowErrors(ImportResult result, Model model, Locale locale) {
		model.addAttribute("rowErrors", result.errors()
			.stream()
			.map(e -> new ImportPages.ErrorLine(e.sheet(), e.row(), e.column(),
					this.messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)))
			.toList());
		model.addAttribute("errorCount", result.errorCount());
		model.addAttribute("errorsShown", result.errors().size());
	}

	private ImportPages.Setup setup() {
		return ImportPages.setup(VIEW, "pairings.excel.import.title", "pairings.households.title", "/households",
				List.of(this.excel.sheet()), List.of("pairings.excel.household."));
	}
}
