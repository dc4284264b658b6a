package org.zhucun.unitduties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.zhucun.unitduties.domain.LeaderVisit;
import org.zhucun.unitduties.domain.LeaderVisitRepository;

/**
 * Leader visits (单位负责人入村): recorded by the unit's administrator or the office's administrator once the visit is
 * over, with optional photos; read by the office, the unit and the towns it serves.
 */
@Service
@Transactional
public class LeaderVisitService {

	/** The owner type of the visits' attachments. */
	public static final String ATTACHMENTS = "leader-visit";

	/** The form field of the photos. */
	public static final String PHOTOS_FIELD = "photos";

	private final LeaderVisitRepository visits;

	private final DutyQueries queries;

	private final UnitDutyAccess access;

	private final Organization organization;

	private final Attachments attachments;

	private final RecordPicks picks;

	private final Clock clock;

	LeaderVisitService(LeaderVisitRepository visits, DutyQueries queries, UnitDutyAccess access,
			Organization organization, Attachments attachments, RecordPicks picks, Clock clock) {
		this.visits = visits;
		this.queries = queries;
		this.access = access;
		this.organization = organization;
		this.attachments = attachments;
		this.picks = picks;
		this.clock = clock;
	}

	/** @return today in the district, the last day a visit may have ended */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** @return one page of the visits in scope overlapping the month, newest first */
	@Transactional(readOnly = true)
	public Page<VisitRow> list(VisitFilter filter, int page) {
		Set<Long> units = this.access.readableUnits(filter.unitId());
		Pageable pageable = Paging.page(page);
		YearMonth month = filter.month();
		if (units != null && units.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, 0);
		}
		long total = this.queries.visitCount(units, month.atDay(1), month.atEndOfMonth());
		List<VisitRow> rows = this.queries.visitPage(units, month.atDay(1), month.atEndOfMonth(),
				(int) pageable.getOffset(), pageable.getPageSize());
		return new PageImpl<>(rows, pageable, total);
	}

	/** @return the units the signed-in user may filter the list by (empty for a unit's administrator) */
	@Transactional(readOnly = true)
	public List<Choice> unitChoices() {
		DataScope scope = this.access.current();
		if (scope.isUnit()) {
			return List.of();
		}
		return this.queries.activeUnits(this.access.readableUnits());
	}

	/** @return whether the signed-in user may record visits (for some unit) */
	public boolean canRecord() {
		DataScope scope = this.access.current();
		return scope.isOfficeAdmin() || (scope.isUnit() && scope.unitId() != null);
	}

	/** @return the visit with its photos; refuses one outside the account's scope */
	@Transactional(readOnly = true)
	public VisitDetail get(Long id) {
		VisitRow row = this.queries.visit(id).orElseThrow(() -> new NotFoundException("leader-visit", id));
		DataScope scope = this.access.readUnit(row.unitId());
		return new VisitDetail(row, this.attachments.list(ATTACHMENTS, id), this.access.canWrite(scope, row.unitId()));
	}

	/** @return whether the signed-in user may see the visit (for its attachments) */
	@Transactional(readOnly = true)
	public boolean canRead(long id) {
		return this.visits.findById(id).map(v -> this.access.canRead(this.access.current(), v.getUnitId())).orElse(false);
	}

	/** @return whether the signed-in user may change the visit (for its attachments) */
	@Transactional(readOnly = true)
	public boolean canWrite(long id) {
		return this.visits.findById(id).map(v -> this.access.canWrite(this.access.current(), v.getUnitId())).orElse(false);
	}

	/**
	 * @return what the form offers: for a unit's administrator their unit; for the office's administrator the unit
	 * asked for (or none yet) and the list of units
	 */
	@Transactional(readOnly = true)
	public VisitPicks picks(Long requestedUnit) {
		return this.picks.of(requestedUnit, true);
	}

	/**
	 * Records a finished visit with its photos.
	 * @throws BusinessRuleException beside the field: a member of another unit or no longer in the leadership, a
	 * village the unit has nothing to do with, a visit not yet over, a last day before the first, an empty purpose, a
	 * member already recorded in the village on one of the days, or photos refused
	 */
	public Long record(VisitCommand command, List<MultipartFile> photos) {
		this.access.writeUnit(command.unitId());
		if (command.lastDay().isBefore(command.firstDay())) {
			throw new BusinessRuleException("lastDay", "unitduties.visit.last-before-first");
		}
		if (command.lastDay().isAfter(today())) {
			throw new BusinessRuleException("lastDay", "unitduties.visit.not-over", today().toString());
		}
		if (command.purpose() == null || command.purpose().isBlank()) {
			throw new BusinessRuleException("purpose", "unitduties.visit.purpose-required");
		}
		LeaderRef leader = this.organization.leader(command.leaderId())
			.filter(l -> Objects.equals(l.unitId(), command.unitId()))
			.orElseThrow(() -> new BusinessRuleException("leaderId", "unitduties.visit.leader-other-unit"));
		if (!leader.active()) {
			throw new BusinessRuleException("leaderId", "unitduties.visit.leader-inactive", leader.name());
		}
		if (this.organization.village(command.villageId()).isEmpty() || !this.queries.villageOfUnit(command.unitId(),
				command.villageId(), command.firstDay(), command.lastDay())) {
			throw new BusinessRuleException("villageId", "unitduties.visit.village-unrelated");
		}
		if (this.visits.overlapping(leader.id(), command.firstDay(), command.lastDay())) {
			throw new BusinessRuleException("firstDay", "unitduties.visit.overlaps", leader.name());
		}
		this.attachments.check(PHOTOS_FIELD, photos, 0);
		LeaderVisit visit = this.visits.save(new LeaderVisit(command.unitId(), leader.id(), leader.principal(),
				command.villageId(), command.firstDay(), command.lastDay(), command.purpose().strip(),
				blankToNull(command.findings()), blankToNull(command.solved())));
		this.attachments.store(ATTACHMENTS, visit.getId(), PHOTOS_FIELD, photos);
		return visit.getId();
	}

	/** Adds photos to a recorded visit. */
	public int addPhotos(Long id, List<MultipartFile> photos) {
		LeaderVisit visit = this.visits.findById(id).orElseThrow(() -> new NotFoundException("leader-visit", id));
		this.access.writeUnit(visit.getUnitId());
		return this.attachments.store(ATTACHMENTS, id, PHOTOS_FIELD, photos);
	}

	/** Removes a visit recorded by mistake, with its photos. */
	public void delete(Long id, long version) {
		LeaderVisit visit = this.visits.findById(id).orElseThrow(() -> new NotFoundException("leader-visit", id));
		this.access.writeUnit(visit.getUnitId());
		if (visit.getVersion() != version) {
			throw new StaleEditException();
		}
		this.attachments.deleteAll(ATTACHMENTS, id);
		this.visits.delete(visit);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
