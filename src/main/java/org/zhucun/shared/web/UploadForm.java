package org.zhucun.shared.web;

import java.util.Map;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of an Excel import: the file; an import that asks for more extends it and names the other fields
 * in {@link #carried()}, so that the preview's confirmation posts them again.
 */
public class UploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	/**
	 * @return the form's other fields (request parameter → value as typed) that the confirmation of a previewed file
	 * posts again, since the import reads them with the file; none for a form of the file alone
	 */
	public Map<String, String> carried() {
		return Map.of();
	}
}
