package org.zhucun.organization.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.organization.ActiveStatus;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.excel.ExcelImport;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadForm;
import org.zhucun.shared.web.UploadLimit;

/**
 * The endpoints villages, units and cadres share, under the subclass's base URL: deactivate and reactivate a record
 * ({@code POST {base}/{id}/deactivate|activate}), and the Excel import page, upload (checked and previewed),
 * confirmation and template ({@code {base}/import}, {@code {base}/import/confirm}, {@code {base}/import/template}).
 */
@PreAuthorize(Allowed.DESK)
abstract class RecordActions {

	private final String baseUrl;

	private final String keyPrefix;

	private final ActiveStatus records;

	private final ExcelImport excel;

	private final ImportPages imports;

	/**
	 * @param keyPrefix the start of the flash keys: prefix.deactivated and prefix.activated
	 */
	RecordActions(String baseUrl, String keyPrefix, ActiveStatus records, ExcelImport excel, ImportPages imports) {
		this.baseUrl = baseUrl;
		this.keyPrefix = keyPrefix;
		this.records = records;
		this.excel = excel;
		this.imports = imports;
	}

	/** @return what the import page shows: title, list, sheets and the help of their columns */
	abstract ImportPages.Setup setup();

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.records.deactivate(id, version);
			Flash.success(redirect, this.keyPrefix + ".deactivated");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:" + this.baseUrl + "/" + id;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.records.activate(id, version);
			Flash.success(redirect, this.keyPrefix + ".activated");
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
		}
		return "redirect:" + this.baseUrl + "/" + id;
	}

	@GetMapping("/import")
	String importPage(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge,
			Model model) {
		this.excel.requireImporter();
		return this.imports.page(setup(), new UploadForm(), tooLarge != null, model);
	}

	/** Checks the file and shows its row errors, or the preview with the button that confirms it. */
	@PostMapping("/import")
	String previewFile(@ModelAttribute(ImportPages.FORM) UploadForm form, BindingResult result, Model model,
			Locale locale) {
		this.excel.requireImporter();
		return this.imports.preview(setup(), form, result, this.excel::preview, model, locale);
	}

	/** Imports the previewed file, checked again. */
	@PostMapping("/import/confirm")
	String importFile(@RequestParam(required = false) UUID token, Model model, RedirectAttributes redirect,
			Locale locale) {
		this.excel.requireImporter();
		return this.imports.confirm(setup(), token, this.excel::importFile, model, redirect, locale);
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		this.excel.writeTemplate(() -> ExcelDownloads.start(response, this.excel.templateFileName()));
	}
}
