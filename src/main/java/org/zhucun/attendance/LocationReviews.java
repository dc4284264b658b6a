package org.zhucun.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.attendance.SpotCheckPicker.TeamChoice;
import org.zhucun.attendance.domain.DayRecord;
import org.zhucun.attendance.domain.DayRecordRepository;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Paging;

/**
 * Records marked for review (DOMAIN §4): declared with a position outside the village's radius. The town of the
 * team's village and the office list them (filters: town for the office, team, month, reviewed or not) and mark them
 * reviewed with a note, kept on the record and in its history. A town official sees and reviews their town's only.
 */
@Service
@Transactional(readOnly = true)
public class LocationReviews {

	/** Which marked records to list. */
	public enum State {
		OPEN, REVIEWED, ALL
	}

	/**
	 * The filters of the list; {@code null} means any.
	 * @param month the month of the records' days
	 * @param townId the town of the team's village (the office's filter; a town official always sees their own)
	 * @param teamId the team
	 * @param state reviewed or not
	 */
	public record Filter(YearMonth month, Long townId, Long teamId, State state) {
	}

	/** One marked record with its distance to the village centre and the village's radius. */
	public record Row(Long id, long version, Long cadreId, String cadreName, Long teamId, String villageName,
			String townName, LocalDate day, DayStatus status, Integer distanceM, Integer radiusM, Integer accuracyM,
			Instant reviewedAt, String reviewedBy, String reviewNote) {

		public boolean reviewed() {
			return this.reviewedAt != null;
		}
	}

	private static final String SELECT = """
			select d.id, d.version, d.cadre_id, c.name as cadre_name, d.team_id, v.name as village_name,
			       tw.name as town_name, d.day, d.status, d.distance_m, v.radius_m, d.accuracy_m,
			       d.reviewed_at, d.reviewed_by, d.review_note""";

	private static final String FROM = """
			 from day_record d
			 join work_team t on t.id = d.team_id
			 join village v on v.id = t.village_id
			 join town tw on tw.id = v.town_id
			 join cadre c on c.id = d.cadre_id
			""";

	private final JdbcClient jdbc;

	private final DayRecordRepository records;

	private final ScopeService scopes;

	private final SpotChecks spotChecks;

	private final Clock clock;

	LocationReviews(JdbcClient jdbc, DayRecordRepository records, ScopeService scopes, SpotChecks spotChecks,
			Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.scopes = scopes;
		this.spotChecks = spotChecks;
		this.clock = clock;
	}

	/** @return the current month in the district */
	public YearMonth currentMonth() {
		return YearMonth.now(this.clock);
	}

	/** @return the teams to filter by: the active teams of the account's town (of every town for the office) */
	public List<TeamChoice> teams(Long townId) {
		DataScope scope = requireReviewer();
		return this.spotChecks.teams(scope.isOffice() ? townId : scope.townId(), null);
	}

	/** @return the marked records of the filter, in the account's scope, by day and name */
	public Page<Row> list(Filter filter, int page) {
		DataScope scope = requireReviewer();
		Long townId = scope.isOffice() ? filter.townId() : scope.townId();
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where d.needs_review");
		YearMonth month = filter.month() == null ? currentMonth() : filter.month();
		where.append(" and d.day between :from and :to");
		params.put("from", month.atDay(1));
		params.put("to", month.atEndOfMonth());
		if (townId != null) {
			where.append(" and v.town_id = :town");
			params.put("town", townId);
		}
		if (filter.teamId() != null) {
			where.append(" and d.team_id = :team");
			params.put("team", filter.teamId());
		}
		State state = filter.state() == null ? State.OPEN : filter.state();
		if (state == State.OPEN) {
			where.append(" and d.reviewed_at is null");
		}
		else if (state == State.REVIEWED) {
			where.append(" and d.reviewed_at is not null");
		}
		Pageable pageable = Paging.page(page);
		long total = this.jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
		List<Row> rows = List.of();
		if (total > 0) {
			params.put("limit", pageable.getPageSize());
			params.put("offset", pageable.getOffset());
			rows = this.jdbc.sql(SELECT + FROM + where + " order by d.day desc, c.name, d.id limit :limit offset :offset")
				.params(params)
				.query(LocationReviews::row)
				.list();
		}
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return one marked record, for its review page; a town official sees their town's only */
	public Row get(Long recordId) {
		DataScope scope = requireReviewer();
		Found found = this.jdbc.sql(SELECT + ", v.town_id" + FROM + " where d.id = :id and d.needs_review")
			.param("id", recordId)
			.query((rs, n) -> new Found(row(rs, n), rs.getLong("town_id")))
			.optional()
			.orElseThrow(() -> new NotFoundException("dayRecord", recordId));
		this.scopes.require(scope.isOffice() || Objects.equals(scope.townId(), found.townId()));
		return found.row();
	}

	private record Found(Row row, Long townId) {
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getLong("version"), rs.getLong("cadre_id"), rs.getString("cadre_name"),
				rs.getLong("team_id"), rs.getString("village_name"), rs.getString("town_name"),
				rs.getObject("day", LocalDate.class), DayStatus.valueOf(rs.getString("status")),
				(Integer) rs.getObject("distance_m"), (Integer) rs.getObject("radius_m"),
				(Integer) rs.getObject("accuracy_m"),
				rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
				rs.getString("reviewed_by"), rs.getString("review_note"));
	}

	/**
	 * Marks a record reviewed with a note, by the office or the town of the team's village.
	 * @throws org.zhucun.shared.domain.BusinessRuleException when the note is missing or the record is not marked
	 * @throws org.zhucun.shared.domain.StaleEditException when the record changed since it was shown
	 */
	@Transactional
	public void markReviewed(Long recordId, long version, String note) {
		DataScope scope = requireReviewer();
		DayRecord record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("dayRecord", recordId));
		Long townId = record.getTeamId() == null ? null
				: this.jdbc.sql("select v.town_id from work_team t join village v on v.id = t.village_id where t.id = :id")
					.param("id", record.getTeamId())
					.query(Long.class)
					.optional()
					.orElse(null);
		this.scopes.require(scope.isOffice() || (townId != null && Objects.equals(scope.townId(), townId)));
		record.checkVersion(version);
		record.markReviewed(note, Instant.now(this.clock), scope.username());
	}

	private DataScope requireReviewer() {
		DataScope scope = this.scopes.current();
		this.scopes.require(scope.isOffice() || (scope.isTown() && scope.townId() != null));
		return scope;
	}
}
