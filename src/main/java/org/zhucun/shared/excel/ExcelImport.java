package org.zhucun.shared.excel;

import java.io.IOException;
import java.io.InputStream;

/**
 * What an import page needs of a module's Excel service: who may import, the template, the preview of a file and
 * its import. Records are found by the import's key: a row whose key is already there updates that record (or
 * leaves it as it is), any other row creates one, so that an edited export imports again without duplicates.
 */
public interface ExcelImport {

	/** Refuses anyone who may not import. */
	void requireImporter();

	/** @return the file name of the template download */
	String templateFileName();

	/** Writes the template (with its example rows and explanation sheet) once the user may import. */
	void writeTemplate(DownloadTarget target) throws IOException;

	/** Checks every row of an uploaded file and says what importing it would do; writes nothing. */
	ImportPlan preview(InputStream in) throws ImportFileException;

	/**
	 * Checks every row of an uploaded file again and, when none is wrong, creates and updates the records in one
	 * transaction; when any is wrong nothing is written.
	 */
	ImportPlan importFile(InputStream in) throws ImportFileException;
}
