package org.zhucun.shared.attachments;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file that may be attached, recognised by their first bytes (never by their name). */
enum FileKind {

	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

	private final String contentType;

	private final byte[] magic;

	FileKind(String contentType, byte[] magic) {
		this.contentType = contentType;
		this.magic = magic;
	}

	String contentType() {
		return this.contentType;
	}

	boolean isImage() {
		return this != PDF;
	}

	/** @return the kind whose signature the content starts with, if any */
	static Optional<FileKind> of(byte[] content) {
		return Arrays.stream(values())
			.filter(k -> content.length >= k.magic.length
					&& Arrays.equals(Arrays.copyOf(content, k.magic.length), k.magic))
			.findFirst();
	}
}
