package org.zhucun.pairings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded household files between their preview and the confirmation, each for the account that uploaded it; files
 * left for a day are removed with the next upload.
 */
@Component
class HouseholdImportUploads {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	HouseholdImportUploads(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return the token that finds the file again */
	UUID keep(long accountId, byte[] content) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc.update("delete from household_import_upload where created_at < ?", now.minusDays(1));
		UUID token = UUID.randomUUID();
		this.jdbc.update("insert into household_import_upload (token, account_id, content, created_at) values (?, ?, ?, ?)",
				token, accountId, content, now);
		return token;
	}

	/** @return the file the account uploaded under the token, if it is still there */
	Optional<byte[]> find(long accountId, UUID token) {
		return this.jdbc
			.query("select content from household_import_upload where token = ? and account_id = ?",
					(rs, n) -> rs.getBytes(1), token, accountId)
			.stream()
			.findFirst();
	}

	void remove(UUID token) {
		this.jdbc.update("delete from household_import_upload where token = ?", token);
	}
}
