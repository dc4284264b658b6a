package org.zhucun.unitduties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.identity.DataScope;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.organization.OrganizationRefs.LeaderRef;
import org.zhucun.shared.attachments.Attachments;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.domain.StaleEditException;
import org.zhucun.shared.web.Paging;
import org.zhucun.unitduties.domain.UnitMeeting;
import org.zhucun.unitduties.domain.UnitMeetingRepository;

/**
 * Quarterly meetings on the village work (驻村帮扶专题会): recorded by the unit's administrator or the office's
 * administrator once held, with optional files; read by the office, the unit and the towns it serves.
 */
@Service
@Transactional
public class MeetingService {

	/** The owner type of the meetings' attachments. */
	public static final String ATTACHMENTS = "unit-meeting";

	/** The form field of the files. */
	public static final String FILES_FIELD = "files";

	private final UnitMeetingRepository meetings;

	private final DutyQueries queries;

	private final UnitDutyAccess access;

	private final Organization organization;

	private final Attachments attachments;

	private final RecordPicks picks;

	private final Clock clock;

	MeetingService(UnitMeetingRepository meetings, DutyQueries queries, UnitDutyAccess access,
			Organization organization, Attachments attachments, RecordPicks picks, Clock clock) {
		this.meetings = meetings;
		this.queries = queries;
		this.access = access;
		this.organization = organization;
		this.attachments = attachments;
		this.picks = picks;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return one page of the meetings in scope held in the year, newest first */
	@Transactional(readOnly = true)
	public Page<MeetingRow> list(int year, Long unitId, int page) {
		Set<Long> units = this.access.readableUnits(unitId);
		Pageable pageable = Paging.page(page);
		if (units != null && units.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		return new PageImpl<>(this.queries.meetingPage(units, from, to, (int) pageable.getOffset(),
				pageable.getPageSize()), pageable, this.queries.meetingCount(units, from, to));
	}

	/** @return the meeting with its files; refuses one outside the account's scope */
	@Transactional(readOnly = true)
	public MeetingDetail get(Long id) {
		MeetingRow row = this.queries.meeting(id).orElseThrow(() -> new NotFoundException("unit-meeting", id));
		DataScope scope = this.access.readUnit(row.unitId());
		return new MeetingDetail(row, this.attachments.list(ATTACHMENTS, id), this.access.canWrite(scope, row.unitId()));
	}

	@Transactional(readOnly = true)
	public boolean canRead(long id) {
		return this.meetings.findById(id).map(m -> this.access.canRead(this.access.current(), m.getUnitId())).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canWrite(long id) {
		return this.meetings.findById(id).map(m -> this.access.canWrite(this.access.current(), m.getUnitId())).orElse(false);
	}

	/** @return the form's choices: the unit (the office picks it) and its active members, one of whom chairs */
	@Transactional(readOnly = true)
	public VisitPicks picks(Long requestedUnit) {
		return this.picks.of(requestedUnit, false);
	}

	/**
	 * Records a meeting that was held, with its files.
	 * @throws BusinessRuleException beside the field: a date in the future, a chair who is not an active member of the
	 * unit, empty attendees or topics, or files refused
	 */
	public Long record(MeetingCommand command, List<MultipartFile> files) {
		this.access.writeUnit(command.unitId());
		if (command.heldOn().isAfter(today())) {
			throw new BusinessRuleException("heldOn", "unitduties.meeting.future", today().toString());
		}
		LeaderRef chair = this.organization.leader(command.chairId())
			.filter(l -> Objects.equals(l.unitId(), command.unitId()) && l.active())
			.orElseThrow(() -> new BusinessRuleException("chairId", "unitduties.visit.leader-other-unit"));
		if (blank(command.attendees())) {
			throw new BusinessRuleException("attendees", "unitduties.meeting.attendees-required");
		}
		if (blank(command.topics())) {
			throw new BusinessRuleException("topics", "unitduties.meeting.topics-required");
		}
		this.attachments.check(FILES_FIELD, files, 0);
		UnitMeeting meeting = this.meetings.save(new UnitMeeting(command.unitId(), command.heldOn(), chair.id(),
				command.attendees().strip(), command.teamReported(), command.topics().strip(),
				blankToNull(command.decisions()), blankToNull(command.solved())));
		this.attachments.store(ATTACHMENTS, meeting.getId(), FILES_FIELD, files);
		return meeting.getId();
	}

	/** Adds files to a recorded meeting. */
	public int addFiles(Long id, List<MultipartFile> files) {
		UnitMeeting meeting = this.meetings.findById(id).orElseThrow(() -> new NotFoundException("unit-meeting", id));
		this.access.writeUnit(meeting.getUnitId());
		return this.attachments.store(ATTACHMENTS, id, FILES_FIELD, files);
	}

	/** Removes a meeting recorded by mistake, with its files. */
	public void delete(Long id, long version) {
		UnitMeeting meeting = this.meetings.findById(id).orElseThrow(() -> new NotFoundException("unit-meeting", id));
		this.access.writeUnit(meeting.getUnitId());
		if (meeting.getVersion() != version) {
			throw new StaleEditException();
		}
		this.attachments.deleteAll(ATTACHMENTS, id);
		this.meetings.delete(meeting);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return blank(text) ? null : text.strip();
	}
}
