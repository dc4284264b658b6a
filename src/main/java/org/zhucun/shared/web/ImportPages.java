package org.zhucun.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.zhucun.shared.excel.ImportResult;
import org.zhucun.shared.excel.ImportSheet;

/**
 * The Excel import pages of every module (villages, units, cadres, rosters): checks the upload (present, not empty,
 * at most 5 MB), runs the import and shows either the row errors or, after a redirect, how many rows were imported.
 * The page's form is the model attribute uploadForm ({@link UploadForm} or a subclass with more fields); the
 * templates build on the fragments of layout/import.
 */
@Component
public class ImportPages {

	/** The largest file accepted. */
	static final long MAX_BYTES = UploadLimit.MAX_BYTES;

	/** The model attribute of the page's form. */
	public static final String FORM = "uploadForm";

	private final MessageSource messages;

	ImportPages(MessageSource messages) {
		this.messages = messages;
	}

	/** The one import page of every module. */
	static final String VIEW = "layout/import";

	/**
	 * What the page shows around the form: its view (the one import page, unless the import has steps of its own,
	 * such as a preview), title, where to post (baseUrl/import), the template download (baseUrl/import/template),
	 * the list to return to (baseUrl), the columns, the key of the "fill in" step and, when the form has more than
	 * the file, the fragment of its other fields (e.g. "workteams/fragments :: importFields").
	 */
	public record Setup(String view, String titleKey, String listKey, String baseUrl, List<SheetHelp> sheets,
			String fillKey, String fields) {

		/** @return this setup with its own "fill in" step and the fragment of the form's other fields */
		public Setup withFields(String fillKey, String fields) {
			return new Setup(this.view, this.titleKey, this.listKey, this.baseUrl, this.sheets, fillKey, fields);
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

	/** One action of an import: reads the stream and returns what was done. */
	@FunctionalInterface
	public interface Importer {

		ImportResult run(InputStream in) throws ImportFileException;
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
		return new Setup(view, titleKey, listKey, baseUrl, help, "excel.import.step.fill", null);
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
	 * Checks and imports the uploaded file; re-renders the page with the problems, or redirects to the list. Errors
	 * the caller already put on the form's other fields are shown with the file's, and nothing is imported.
	 */
	public String handle(Setup setup, UploadForm form, BindingResult result, Importer importer, Model model,
			RedirectAttributes redirect, Locale locale) {
		MultipartFile file = form.getFile();
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
		if (result.hasErrors()) {
			return page(setup, form, model);
		}
		try (InputStream in = file.getInputStream()) {
			ImportResult done = importer.run(in);
			if (done.succeeded()) {
				Flash.success(redirect, "excel.import.done", done.imported());
				return "redirect:" + setup.baseUrl();
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
		return page(setup, form, model);
	}
}
