package org.zhucun.workteams.web;

import java.io.IOException;
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
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.web.ImportPages;
import org.zhucun.shared.web.UploadLimit;
import org.zhucun.workteams.RosterImport;
import org.zhucun.workteams.TeamExcel;

/**
 * The roster import: the page with the term of new teams and the file, the template download, the upload that lists
 * the problems row by row (nothing saved) or previews what is created, updated and left unchanged, and the
 * confirmation that imports the previewed file with the same term.
 */
@PreAuthorize(Allowed.DESK)
@Controller
@RequestMapping("/teams/import")
class RosterImportController {

	private final TeamExcel excel;

	private final RosterImport roster;

	private final ImportPages imports;

	RosterImportController(TeamExcel excel, RosterImport roster, ImportPages imports) {
		this.excel = excel;
		this.roster = roster;
		this.imports = imports;
	}

	@GetMapping
	String page(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge, Model model) {
		this.excel.requireImporter();
		return this.imports.page(setup(), new RosterImportForm(), tooLarge != null, model);
	}

	/** Checks the term and the file and shows the row errors, or the preview with the button that confirms it. */
	@PostMapping
	String upload(@ModelAttribute(ImportPages.FORM) RosterImportForm form, BindingResult result, Model model,
			Locale locale) {
		this.excel.requireImporter();
		checkTerm(form, result);
		return this.imports.preview(setup(), form, result,
				in -> this.roster.preview(in, form.getTermStart(), form.getTermEnd()), model, locale);
	}

	/** Imports the previewed file, checked again, with the term it was previewed with. */
	@PostMapping("/confirm")
	String confirm(@RequestParam(required = false) UUID token, @ModelAttribute(ImportPages.FORM) RosterImportForm form,
			BindingResult carried, Model model, RedirectAttributes redirect, Locale locale) {
		this.excel.requireImporter();
		return this.imports.confirm(setup(), token, form,
				in -> this.roster.importFile(in, form.getTermStart(), form.getTermEnd()), model, redirect, locale);
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		this.excel.writeTemplate(() -> ExcelDownloads.start(response, this.excel.templateFileName()));
	}

	private static void checkTerm(RosterImportForm form, BindingResult result) {
		if ((form.getTermStart() == null) != (form.getTermEnd() == null) && !result.hasFieldErrors("termEnd")) {
			result.rejectValue(form.getTermStart() == null ? "termStart" : "termEnd", "team.import.term-both");
		}
		else if (form.getTermStart() != null && form.getTermEnd().isBefore(form.getTermStart())
				&& !result.hasFieldErrors("termEnd")) {
			result.rejectValue("termEnd", "team.term.end-before-start");
		}
	}

	private ImportPages.Setup setup() {
		return ImportPages.setup("team.import.title", "nav.teams", "/teams", List.of(this.excel.sheet()),
				List.of("team.excel.column."))
			.withKey("team.import.key")
			.withFields("team.import.step.fill", "workteams/fragments :: importFields");
	}
}
