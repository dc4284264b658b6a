package org.zhucun.workteams.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.shared.web.UploadLimit;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportResult;
import org.zhucun.workteams.TeamExcel;

/**
 * The roster import: the page with the term of new teams and the file, the template download, and the upload that
 * either imports every row or lists the problems row by row with nothing saved.
 */
@Controller
@RequestMapping("/teams/import")
class RosterImportController {

	/** The largest file accepted. */
	static final long MAX_BYTES = UploadLimit.MAX_BYTES;

	private static final String VIEW = "workteams/import";

	/** A row error with its message in the page's language. */
	record ErrorLine(String sheet, int row, String column, String message) {
	}

	private final TeamExcel excel;

	private final MessageSource messages;

	RosterImportController(TeamExcel excel, MessageSource messages) {
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge, Model model) {
		this.excel.requireImporter();
		RosterImportForm form = new RosterImportForm();
		model.addAttribute("rosterImportForm", form);
		if (tooLarge != null) {
			BindingResult result = new BeanPropertyBindingResult(form,
					"rosterImportForm");
			result.rejectValue("file", "excel.file.too-large", new Object[] { MAX_BYTES / 1024 / 1024 }, null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "rosterImportForm", result);
		}
		return page(model);
	}

	@PostMapping
	String upload(@ModelAttribute("rosterImportForm") RosterImportForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		this.excel.requireImporter();
		MultipartFile file = form.getFile();
		if (file == null || (file.isEmpty()
				&& (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			result.rejectValue("file", "excel.file.required");
		}
		else if (file.isEmpty()) {
			result.rejectValue("file", "excel.file.empty");
		}
		else if (file.getSize() > MAX_BYTES) {
			result.rejectValue("file", "excel.file.too-large", new Object[] { MAX_BYTES / 1024 / 1024 }, null);
		}
		if ((form.getTermStart() == null) != (form.getTermEnd() == null) && !result.hasFieldErrors("termEnd")) {
			result.rejectValue(form.getTermStart() == null ? "termStart" : "termEnd", "team.import.term-both");
		}
		else if (form.getTermStart() != null && form.getTermEnd().isBefore(form.getTermStart())
				&& !result.hasFieldErrors("termEnd")) {
			result.rejectValue("termEnd", "team.term.end-before-start");
		}
		if (result.hasErrors()) {
			return page(model);
		}
		try (InputStream in = file.getInputStream()) {
			ImportResult done = this.excel.importFile(in, form.getTermStart(), form.getTermEnd());
			if (done.succeeded()) {
				redirect.addFlashAttribute("successMessage", "excel.import.done");
				redirect.addFlashAttribute("successArgs", new String[] { String.valueOf(done.imported()) });
				return "redirect:/teams";
			}
			model.addAttribute("rowErrors", done.errors()
				.stream()
				.map(e -> new ErrorLine(e.sheet(), e.row(), e.column(),
						this.messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)))
				.toList());
			model.addAttribute("errorCount", done.errorCount());
			model.addAttribute("errorsShown", done.errors().size());
		}
		catch (ImportFileException ex) {
			result.rejectValue("file", ex.messageKey(), ex.args(), null);
		}
		catch (BusinessRuleException ex) {
			result.rejectValue("file", ex.messageKey(), ex.args(), null);
		}
		catch (IOException ex) {
			result.rejectValue("file", "excel.file.unreadable");
		}
		return page(model);
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		this.excel.writeTemplate(() -> ExcelDownloads.start(response, this.excel.templateFileName()));
	}

	private String page(Model model) {
		model.addAttribute("sheet", this.excel.sheet());
		return VIEW;
	}
}
