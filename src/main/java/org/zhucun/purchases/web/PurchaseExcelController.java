package org.zhucun.purchases.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.Choice;
import org.zhucun.purchases.PurchaseExcel;
import org.zhucun.purchases.PurchaseFilter;
import org.zhucun.purchases.PurchaseService;
import org.zhucun.purchases.ShareService;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadLimit;

/** Purchases in Excel: the export of the list (with its filters) and of the shares, the template and the import. */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/purchases")
class PurchaseExcelController {

	private final PurchaseExcel excel;

	private final PurchaseService purchases;

	private final ShareService shares;

	private final ImportPages imports;

	private final Clock clock;

	PurchaseExcelController(PurchaseExcel excel, PurchaseService purchases, ShareService shares, ImportPages imports,
			Clock clock) {
		this.excel = excel;
		this.purchases = purchases;
		this.shares = shares;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") PurchaseFilter filter, BindingResult filterErrors,
			HttpServletResponse response) {
		this.excel.export(filter, () -> ExcelDownloads.start(response, this.excel.exportFileName()));
	}

	@GetMapping("/shares/export")
	void exportShares(@RequestParam(required = false) String year, HttpServletResponse response) {
		int shown = year != null && year.strip().matches("20\\d\\d") ? Integer.parseInt(year.strip())
				: LocalDate.now(this.clock).getYear();
		this.excel.exportShares(this.shares.progress(shown),
				() -> ExcelDownloads.start(response, this.excel.sharesFileName(shown)));
	}

	@GetMapping("/import")
	String importPage(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge, Model model) {
		this.excel.requireImporter();
		addUnits(model);
		return this.imports.page(setup(), new PurchaseUploadForm(), tooLarge != null, model);
	}

	/** Checks the file and shows its row errors, or the preview with the button that confirms it. */
	@PostMapping("/import")
	String previewFile(@ModelAttribute(ImportPages.FORM) PurchaseUploadForm form, BindingResult result, Model model,
			Locale locale) {
		this.excel.requireImporter();
		addUnits(model);
		return this.imports.preview(setup(), form, result,
				in -> this.excel.preview(in, form.getUnitId(), form.isAllowDuplicates()), model, locale);
	}

	/** Imports the previewed file, checked again, for the unit and with the choice the preview was made with. */
	@PostMapping("/import/confirm")
	String importFile(@RequestParam(required = false) UUID token,
			@ModelAttribute(ImportPages.FORM) PurchaseUploadForm form, BindingResult carried, Model model,
			RedirectAttributes redirect, Locale locale) {
		this.excel.requireImporter();
		addUnits(model);
		return this.imports.confirm(setup(), token, form,
				in -> this.excel.importFile(in, form.getUnitId(), form.isAllowDuplicates()), model, redirect, locale);
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		this.excel.writeTemplate(() -> ExcelDownloads.start(response, this.excel.templateFileName()));
	}

	private void addUnits(Model model) {
		model.addAttribute("units", this.purchases.fixedUnit() == null ? this.purchases.unitChoices() : List.<Choice>of());
	}

	private ImportPages.Setup setup() {
		return ImportPages.setup("purchase.import.title", "purchase.nav.list", "/purchases",
				List.of(this.excel.sheet()), List.of("purchase.excel."))
			.withKey("purchase.import.key")
			.withFields("purchase.import.fill", "purchases/fragments :: importFields");
	}
}
