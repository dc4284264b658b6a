package org.zhucun.shared.excel;

import java.io.IOException;
import java.io.InputStream;

/** What an import page needs of a module's Excel service: who may import, the template, and the import itself. */
public interface ExcelImport {

	/** Refuses anyone who may not import. */
	void requireImporter();

	/** @return the file name of the template download */
	String templateFileName();

	/** Writes the template (with its example rows and explanation sheet) once the user may import. */
	void writeTemplate(DownloadTarget target) throws IOException;

	/** Imports an uploaded file: every row is checked before any is written. */
	ImportResult importFile(InputStream in) throws ImportFileException;
}
