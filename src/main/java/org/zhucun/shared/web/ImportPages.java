package org.zhucun.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.excel.ImportColumn;
import org.zhucun.shared.excel.ImportFileException;
import org.zhucun.shared.excel.ImportPlan;
import org.zhucun.shared.excel.ImportResult;
import org.zhucun.shared.excel.ImportSheet;

/**
 * The Excel import pages of every module (villages, units, cadres, rosters, purchases): checks the upload (present,
 * not empty, at most 5 MB) and imports it in two steps: {@link #preview} checks every row and lists what will be
 * created, updated and left unchanged (keeping the file, {@link ImportUploads}, and the form's other fields for the
 * confirmation, {@link UploadForm#carried()}), and {@link #confirm} imports exactly that file, checked again. The page shows the row errors of a file with any
 * (nothing written) or, after a redirect, what was imported. The page's form is the model attribute uploadForm
 * ({@link UploadForm} or a subclass with more fields); the templates build on the fragments of layout/import.
 */
@Component
public class ImportPages {

	/** The largest file accepted. */
	static final long MAX_BYTES = UploadLimit.MAX_BYTES;

	/** The model attribute of the page's form. */
	public static final String FORM = "uploadForm";

	private final MessageSource messages;

	private final ImportUploads uploads;

	ImportPages(MessageSource messages, ImportUploads uploads) {
		this.messages = messages;
		this.uploads = uploads;
	}

	/** The one import page of every module. */
	static final String VIEW = "layout/import";

	/**
	 * What the page shows around the form: its view (the one import page, unless the import has steps of its own,
	 * such as a preview), title, where to post (baseUrl/import), the template download (baseUrl/import/template),
	 * the list to return to (baseUrl), the columns, the key of the "fill in" step and, when the form has more than
	 * the file, the fragment of its other fields (e.g. "workteams/fragments :: importFields"), and for an import
	 * with a preview the key of the sentence that states how records are recognised (the import's key).
	 */
	public record Setup(String view, String titleKey, String listKey, String baseUrl, List<SheetHelp> sheets,
			String fillKey, String fields, String keyKey) {

		/** @return this setup with its own "fill in" step and the fragment of the form's other fields */
		public Setup withFields(String fillKey, String fields) {
			return new Setup(this.view, this.titleKey, this.listKey, this.baseUrl, this.sheets, fillKey, fields,
					this.keyKey);
		}

		/**
		 * @param keyKey the key of the sentence stating the import's key (e.g. "a village is recognised by its town
		 * and name")
		 * @return this setup for an import with a preview
		 */
		public Setup withKey(String keyKey) {
			return new Setup(this.view, this.titleKey, this.listKey, this.baseUrl, this.sheets,
					"excel.import.step.fill-or-export", this.fields, keyKey);
		}
	}

	/** The columns of one sheet of the file, for the help table. */
	public record SheetHelp(String name, List<ColumnHelp> columns) {
	}

	/** One column: its header in the file, whether required, and the key of its explanation. */
	public record ColumnHelp(String header, boolean required, String helpKey) {
	}

	/** A row error with its message in the page's language. */
	public record ErrorLine(String sheet, int row, String column, String message) {
	}

	/** One step of an import with a preview: reads the stream and returns what it would do, or did. */
	@FunctionalInterface
	public interface Planner {

		ImportPlan run(InputStream in) throws ImportFileException;
	}

	/**
	 * @param helpPrefixes per sheet, the start of its columns' help keys: the key of a column is the prefix, the
	 * column's id and .help
	 * @return the setup of an import page
	 */
	public static Setup setup(String titleKey, String listKey, String baseUrl, List<ImportSheet> sheets,
			List<String> helpPrefixes) {
		return setup(VIEW, titleKey, listKey, baseUrl, sheets, helpPrefixes);
	}

	/** @return the setup of an import with a page of its own (built on the fragments of layout/import) */
	public static Setup setup(String view, String titleKey, String listKey, String baseUrl, List<ImportSheet> sheets,
			List<String> helpPrefixes) {
		List<SheetHelp> help = new ArrayList<>();
		for (int i = 0; i < sheets.size(); i++) {
			ImportSheet sheet = sheets.get(i);
			String prefix = helpPrefixes.get(i);
			help.add(new SheetHelp(sheet.name(), sheet.columns()
				.stream()
				.map((ImportColumn c) -> new ColumnHelp(c.header(), c.required(), prefix + c.id() + ".help"))
				.toList()));
		}
		return new Setup(view, titleKey, listKey, baseUrl, help, "excel.import.step.fill", null, null);
	}

	private static String page(Setup setup, UploadForm form, Model model) {
		model.addAttribute("setup", setup);
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM, form);
		}
		return setup.view();
	}

	/**
	 * The empty import page; after an upload refused for its size ({@link UploadLimit}) it shows why beside
	 * the file field.
	 */
	public String page(Setup setup, UploadForm form, boolean tooLarge, Model model) {
		if (tooLarge) {
			BindingResult result = new BeanPropertyBindingResult(form, FORM);
			result.rejectValue("file", "excel.file.too-large", new Object[] { MAX_BYTES / 1024 / 1024 }, null);
			model.addAttribute(FORM, form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		}
		return page(setup, form, model);
	}

	/**
	 * The first step of an import with a preview: checks the upload and every row of the file, writing nothing;
	 * shows the row errors, or what importing the file would do with the button that confirms it (the file is kept
	 * for the confirmation, {@link #confirm}).
	 */
	public String preview(Setup setup, UploadForm form, BindingResult result, Planner planner, Model model,
			Locale locale) {
		MultipartFile file = form.getFile();
		checkFile(file, result);
		if (result.hasErrors()) {
			return page(setup, form, model);
		}
		try {
			byte[] content = file.getBytes();
			ImportPlan plan = planner.run(new ByteArrayInputStream(content));
			if (plan.succeeded()) {
				model.addAttribute("plan", plan);
				model.addAttribute("token", this.uploads.keep(setup.baseUrl(), content));
				model.addAttribute("carried", form.carried());
			}
			else {
				rowErrors(plan.result(), model, locale);
			}
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
		return page(setup, form, model);
	}

	/**
	 * The second step: imports the file previewed under the token, checked again (the records may have changed
	 * since), and redirects to the list saying how many records were created, updated and left unchanged; when a row
	 * no longer fits, shows why (nothing written); when no such file waits (imported already, over a day old, or
	 * another account's), says so on the empty import page.
	 */
	public String confirm(Setup setup, UUID token, Planner importer, Model model, RedirectAttributes redirect,
			Locale locale) {
		return confirm(setup, token, new UploadForm(), importer, model, redirect, locale);
	}

	/**
	 * The second step of an import whose form has more than the file: as {@link #confirm(Setup, UUID, Planner,
	 * Model, RedirectAttributes, Locale)}, the form holding the other fields the preview carried
	 * ({@link UploadForm#carried()}); the page shows them again when a row no longer fits.
	 */
	public String confirm(Setup setup, UUID token, UploadForm form, Planner importer, Model model,
			RedirectAttributes redirect, Locale locale) {
		Optional<byte[]> file = token == null ? Optional.empty() : this.uploads.find(setup.baseUrl(), token);
		if (file.isEmpty()) {
			Flash.error(redirect, "excel.import.expired");
			return "redirect:" + setup.baseUrl() + "/import";
		}
		try {
			ImportPlan done = importer.run(new ByteArrayInputStream(file.get()));
			if (done.succeeded()) {
				this.uploads.remove(token);
				Flash.success(redirect, "excel.import.done-plan", done.created(), done.updated(), done.unchanged());
				return "redirect:" + setup.baseUrl();
			}
			rowErrors(done.result(), model, locale);
		}
		catch (ImportFileException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:" + setup.baseUrl() + "/import";
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:" + setup.baseUrl() + "/import";
		}
		return page(setup, form, model);
	}

	private static void checkFile(MultipartFile file, BindingResult result) {
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank()))) {
			result.rejectValue("file", "excel.file.required");
		}
		else if (file.isEmpty()) {
			result.rejectValue("file", "excel.file.empty");
		}
		else if (file.getSize() > MAX_BYTES) {
			result.rejectValue("file", "excel.file.too-large", new Object[] { MAX_BYTES / 1024 / 1024 }, null);
		}
	}

	private void rowErrors(ImportResult result, Model model, Locale locale) {
		model.addAttribute("rowErrors", result.errors()
			.stream()
			.map(e -> new ErrorLine(e.sheet(), e.row(), e.column(),
					this.messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)))
			.toList());
		model.addAttribute("errorCount", result.errorCount());
		model.addAttribute("errorsShown", result.errors().size());
	}
}
