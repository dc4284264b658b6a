package org.zhucun.shared.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files between their preview and the confirmation (table import_upload), each for the signed-in
 * account that uploaded it and for one import; files left for a day are removed with the next upload.
 */
@Component
class ImportUploads {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ImportUploads(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return the token that finds the file again */
	UUID keep(String kind, byte[] content) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.update("delete from import_upload where created_at < ?", now.minusDays(1));
		UUID token = UUID.randomUUID();
		this.jdbc.update("insert into import_upload (token, owner, kind, content, created_at) values (?, ?, ?, ?, ?)",
				token, owner(), kind, content, now);
		return token;
	}

	/** @return the file the signed-in account uploaded to this import under the token, if it is still there */
	Optional<byte[]> find(String kind, UUID token) {
		return this.jdbc
			.query("select content from import_upload where token = ? and owner = ? and kind = ?",
					(rs, n) -> rs.getBytes(1), token, owner(), kind)
			.stream()
			.findFirst();
	}

	void remove(UUID token) {
		this.jdbc.update("delete from import_upload where token = ?", token);
	}

	private static String owner() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || signedIn.getName() == null) {
			throw new AccessDeniedException("not signed in");
		}
		return signedIn.getName();
	}
}
