package org.zhucun.pairings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.pairings.domain.ContactKind;
import org.zhucun.pairings.domain.ContactLog;
import org.zhucun.pairings.domain.ContactLogRepository;
import org.zhucun.pairings.domain.Household;
import org.zhucun.pairings.domain.HouseholdRepository;
import org.zhucun.pairings.domain.Pairing;
import org.zhucun.pairings.domain.PairingRepository;
import org.zhucun.pairings.domain.Satisfaction;
import org.zhucun.shared.attachments.AttachmentInfo;
import org.zhucun.shared.attachments.AttachmentOwner;
import org.zhucun.shared.attachments.Attachments;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Paging;

/**
 * Contact logs (走访记录): logged by the cadre paired with the household now, from their own pages, or by the
 * liaison of that cadre's unit on the cadre's behalf; read by everyone who may read the household. Photos are kept
 * with {@link Attachments}.
 */
@Service
@Transactional(readOnly = true)
public class ContactService implements AttachmentOwner {

	/** The attachments' owner type of a contact log. */
	public static final String OWNER_TYPE = "contact-log";

	/** The form field of the photos. */
	public static final String PHOTOS_FIELD = "photos";

	/** Contacts on a page of a household's contact list, the newest first. */
	static final int SHOWN = 20;

	private final ContactLogRepository contacts;

	private final PairingRepository pairings;

	private final HouseholdRepository households;

	private final HouseholdService householdService;

	private final Attachments attachments;

	private final ScopeService scopes;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ContactService(ContactLogRepository contacts, PairingRepository pairings, HouseholdRepository households,
			HouseholdService householdService, Attachments attachments, ScopeService scopes,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.contacts = contacts;
		this.pairings = pairings;
		this.households = households;
		this.householdService = householdService;
		this.attachments = attachments;
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return whether the signed-in account may log a contact with the household now */
	public boolean canLog(Long householdId) {
		return this.pairings.findOpen(householdId).map(p -> canLog(this.scopes.current(), p)).orElse(false);
	}

	private boolean canLog(DataScope scope, Pairing pairing) {
		if (scope.cadreId() != null && scope.cadreId() == pairing.getCadreId()) {
			return true;
		}
		return scope.isUnit() && scope.unitId() != null && scope.unitId().equals(unitOf(pairing.getCadreId()));
	}

	/** Refuses (403) an account that may not log a contact with the household; 404 when there is none. */
	public void requireLog(Long householdId) {
		this.households.findById(householdId).orElseThrow(() -> new NotFoundException("household", householdId));
		this.scopes.require(canLog(householdId));
	}

	/**
	 * Logs a contact of the cadre paired with the household now, with its photos, and keeps the household's last
	 * contact (and home visit).
	 * @return the log's id
	 * @throws BusinessRuleException beside the field: a day in the future or before the pairing, a bad photo
	 */
	@Transactional
	public Long log(Long householdId, ContactCommand c, List<MultipartFile> photos) {
		Household h = this.households.findForUpdate(householdId)
			.orElseThrow(() -> new NotFoundException("household", householdId));
		Pairing pairing = this.pairings.findOpen(householdId).orElseThrow(() -> new AccessDeniedException("Not paired"));
		DataScope scope = this.scopes.current();
		this.scopes.require(canLog(scope, pairing));
		boolean onBehalf = scope.cadreId() == null || scope.cadreId() != pairing.getCadreId();
		this.attachments.check(PHOTOS_FIELD, photos == null ? List.of() : photos, 0);
		ContactLog log = this.contacts.saveAndFlush(new ContactLog(pairing, c.contactDate(), c.kind(), c.check(),
				c.notes(), c.satisfaction(), c.latitude(), c.longitude(), onBehalf, LocalDate.now(this.clock)));
		h.contacted(c.contactDate(), c.kind() == ContactKind.HOME_VISIT);
		if (photos != null) {
			this.attachments.store(OWNER_TYPE, log.getId(), PHOTOS_FIELD, photos);
		}
		return log.getId();
	}

	/**
	 * @return one page of the household's contacts, the latest first, with their photos (the caller has checked that
	 * it may be read)
	 */
	public Page<ContactRow> ofHousehold(Long householdId, int page) {
		Pageable pageable = Paging.page(page, SHOWN, Sort.unsorted());
		MapSqlParameterSource params = new MapSqlParameterSource("id", householdId);
		long total = this.jdbc.queryForObject("select count(*) from contact_log where household_id = :id", params,
				Long.class);
		if (total == 0) {
			return Page.empty(pageable);
		}
		params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<Object[]> raw = this.jdbc.query("""
				select l.id, l.contact_date, l.kind, c.name, l.on_behalf, l.food_ok, l.clothing_ok, l.education_ok,
				       l.medical_ok, l.housing_ok, l.water_ok, l.problems, l.help_given, l.policies, l.income_change,
				       l.satisfaction
				from contact_log l join cadre c on c.id = l.cadre_id
				where l.household_id = :id order by l.contact_date desc, l.id desc limit :limit offset :offset""",
				params, (rs, n) -> new Object[] {
						rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getBoolean(5),
						List.of(rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10),
								rs.getBoolean(11)),
						rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16) });
		Map<Long, List<AttachmentInfo>> photos = this.attachments.list(OWNER_TYPE,
				raw.stream().map(r -> (Long) r[0]).toList());
		return new PageImpl<>(raw.stream().map(r -> {
			@SuppressWarnings("unchecked")
			List<Boolean> check = (List<Boolean>) r[5];
			return new ContactRow((Long) r[0], (LocalDate) r[1], ContactKind.valueOf((String) r[2]), (String) r[3],
					(Boolean) r[4], check, (String) r[6], (String) r[7], (String) r[8], (String) r[9],
					Satisfaction.valueOf((String) r[10]), photos.getOrDefault((Long) r[0], List.of()));
		}).toList(), pageable, total);
	}

	@Override
	public String ownerType() {
		return OWNER_TYPE;
	}

	@Override
	public boolean canRead(long ownerId) {
		Long household = householdOf(ownerId);
		if (household == null) {
			return false;
		}
		try {
			this.householdService.get(household);
			return true;
		}
		catch (AccessDeniedException ex) {
			return false;
		}
	}

	@Override
	public boolean canWrite(long ownerId) {
		return false;
	}

	private Long householdOf(long contactId) {
		return this.contacts.findById(contactId).map(ContactLog::getHouseholdId).orElse(null);
	}

	private Long unitOf(long cadreId) {
		return this.jdbc.queryForObject("select unit_id from cadre where id = :id", new MapSqlParameterSource("id", cadreId),
				Long.class);
	}
}
