package org.zhucun.shared.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of an Excel import: the file; an import that asks for more extends it. */
public class UploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
