package org.zhucun.leave.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhucun.shared.domain.BaseEntity;

/**
 * A cadre's request for leave and its life (DOMAIN §5): submitted with the approval chain its length needs, approved
 * step by step or rejected, cancelled by the requester, and closed by the return from leave (销假).
 *
 * <p>Every transition checks its rule and throws {@link LeaveRuleException} with a message key when it does not
 * hold; an action on a step someone else already decided gets {@link LeaveRuleException#ALREADY_DECIDED}.
 */
@Entity
@Table(name = "leave_request")
@Audited
public class LeaveRequest extends BaseEntity {

	/** Form field of the first day. */
	public static final String FIRST_DAY_FIELD = "firstDay";

	/** Form field of the reason. */
	public static final String REASON_FIELD = "reason";

	/** How far before today the office may record leave, and how far ahead anyone may ask for it. */
	static final int MAX_YEARS_AWAY = 1;

	@Column(name = "cadre_id", nullable = false, updatable = false)
	private long cadreId;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private LeaveType type;

	@Column(name = "first_day", nullable = false, updatable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false, updatable = false)
	private LocalDate lastDay;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "contact_phone", updatable = false)
	private String contactPhone;

	@Convert(converter = ApprovalStepsConverter.class)
	@Column(name = "chain", nullable = false, updatable = false)
	private List<ApprovalStep> chain = new ArrayList<>();

	@Column(name = "step_index", nullable = false)
	private int currentStepIndex;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LeaveState state;

	@ElementCollection
	@CollectionTable(name = "leave_decision", joinColumns = @JoinColumn(name = "request_id"))
	@OrderBy("at")
	@NotAudited
	private List<Decision> decisions = new ArrayList<>();

	@Column(name = "actual_return")
	private LocalDate actualReturnDate;

	@Column(name = "recorded_by_office", nullable = false, updatable = false)
	private boolean recordedByOffice;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private long requestedBy;

	/** For persistence frameworks only. */
	protected LeaveRequest() {
	}

	/**
	 * Rebuilds a stored request.
	 * @param currentStepIndex the position in the chain of the step that acts next while pending; the chain's size
	 * once approved (and returned); the position of the rejecting step once rejected; unchanged by a cancellation
	 * @param actualReturnDate the first day back at work once returned, otherwise null
	 */
	public LeaveRequest(long cadreId, LeaveType type, LeavePeriod period, String reason, String contactPhone,
			List<ApprovalStep> chain, int currentStepIndex, LeaveState state, List<Decision> decisions,
			LocalDate actualReturnDate) {
		this.cadreId = cadreId;
		this.type = Objects.requireNonNull(type, "type");
		this.firstDay = period.first();
		this.lastDay = period.last();
		this.reason = reason;
		this.contactPhone = contactPhone;
		this.chain = new ArrayList<>(ApprovalChain.of(chain).steps());
		if (currentStepIndex < 0 || currentStepIndex > chain.size()) {
			throw new IllegalArgumentException("current step " + currentStepIndex + " outside the chain " + chain);
		}
		this.currentStepIndex = currentStepIndex;
		this.state = Objects.requireNonNull(state, "state");
		this.decisions = new ArrayList<>(decisions);
		if ((state == LeaveState.RETURNED) != (actualReturnDate != null)) {
			throw new IllegalArgumentException("a return date belongs to a returned request only");
		}
		this.actualReturnDate = actualReturnDate;
	}

	/**
	 * Makes a new pending request, waiting for the first step of the chain its length needs under the settings in
	 * force on its first day.
	 * @param contactPhone optional number to reach the cadre while away
	 * @param requesterLeadsTeam whether the requester leads their work team (their request skips the team step)
	 * @param recordedByOffice whether the office records it (the office may record leave older than the backdating
	 * limit, up to a year back)
	 * @param policy the leave settings in force on the first day of leave
	 * @param today today in Asia/Shanghai
	 * @throws LeaveRuleException beside field {@code lastDay}, {@code reason} or {@code firstDay} when the period
	 * ends before it starts or is too long, the reason is missing, or the first day is too far back or ahead
	 */
	public static LeaveRequest submit(long cadreId, LeaveType type, LocalDate firstDay, LocalDate lastDay,
			String reason, String contactPhone, boolean requesterLeadsTeam, boolean recordedByOffice,
			LeavePolicy policy, LocalDate today) {
		Objects.requireNonNull(type, "type");
		LeavePeriod period = new LeavePeriod(firstDay, lastDay);
		if (reason == null || reason.isBlank()) {
			throw LeaveRuleException.onField(REASON_FIELD, "leave.error.reason-required");
		}
		if (period.days() > policy.maxRequestDays()) {
			throw LeaveRuleException.onField(LeavePeriod.LAST_DAY_FIELD, "leave.error.too-long", policy.maxRequestDays());
		}
		if (!recordedByOffice && firstDay.isBefore(today.minusDays(policy.backdateDays()))) {
			throw LeaveRuleException.onField(FIRST_DAY_FIELD, "leave.error.too-far-back", policy.backdateDays());
		}
		if (firstDay.isBefore(today.minusYears(MAX_YEARS_AWAY))) {
			throw LeaveRuleException.onField(FIRST_DAY_FIELD, "leave.error.too-far-back-for-office");
		}
		if (firstDay.isAfter(today.plusYears(MAX_YEARS_AWAY))) {
			throw LeaveRuleException.onField(FIRST_DAY_FIELD, "leave.error.too-far-ahead");
		}
		String phone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
		return new LeaveRequest(cadreId, type, period, reason.strip(), phone,
				policy.chainFor(period.days(), requesterLeadsTeam).steps(), 0, LeaveState.PENDING, List.of(), null);
	}

	/**
	 * Makes a new pending request as {@link #submit(long, LeaveType, LocalDate, LocalDate, String, String, boolean,
	 * boolean, LeavePolicy, LocalDate)} does, remembering the team it was made in and the account that made it.
	 * @param teamId the cadre's team on the day of submission, or null when the office records leave of a cadre
	 * outside any team
	 * @param requestedBy the id of the account that submitted or recorded it
	 */
	public static LeaveRequest submit(long cadreId, Long teamId, long requestedBy, LeaveType type, LocalDate firstDay,
			LocalDate lastDay, String reason, String contactPhone, boolean requesterLeadsTeam,
			boolean recordedByOffice, LeavePolicy policy, LocalDate today) {
		LeaveRequest request = submit(cadreId, type, firstDay, lastDay, reason, contactPhone, requesterLeadsTeam,
				recordedByOffice, policy, today);
		request.teamId = teamId;
		request.requestedBy = requestedBy;
		request.recordedByOffice = recordedByOffice;
		return request;
	}

	/**
	 * The current step approves; the last step's approval approves the request.
	 * @param by the id of the approving account
	 */
	public void approve(ApprovalStep step, long by, Instant at) {
		approve(step, by, null, at);
	}

	/**
	 * The current step approves, remembering the approver's name for the history.
	 * @param byName the name of the approving account
	 */
	public void approve(ApprovalStep step, long by, String byName, Instant at) {
		requireWaitingFor(step);
		this.decisions.add(new Decision(step, by, byName, true, null, at));
		this.currentStepIndex++;
		if (this.currentStepIndex == this.chain.size()) {
			this.state = LeaveState.APPROVED;
		}
	}

	/**
	 * The current step rejects the request, with a reason.
	 * @param by the id of the rejecting account
	 */
	public void reject(ApprovalStep step, long by, String reason, Instant at) {
		reject(step, by, null, reason, at);
	}

	/**
	 * The current step rejects the request, with a reason, remembering the rejecting account's name.
	 * @param byName the name of the rejecting account
	 */
	public void reject(ApprovalStep step, long by, String byName, String reason, Instant at) {
		requireWaitingFor(step);
		if (reason == null || reason.isBlank()) {
			throw LeaveRuleException.onField(REASON_FIELD, "leave.error.rejection-reason-required");
		}
		this.decisions.add(new Decision(step, by, byName, false, reason.strip(), at));
		this.state = LeaveState.REJECTED;
	}

	/**
	 * The requester withdraws the request: while it is pending, or once approved until the day before its first day.
	 * @param requesterCadreId the cadre withdrawing it, who must be the requester
	 * @param today today in Asia/Shanghai
	 */
	public void cancel(long requesterCadreId, LocalDate today) {
		if (requesterCadreId != this.cadreId) {
			throw new LeaveRuleException("leave.error.not-requester");
		}
		if (this.state == LeaveState.APPROVED && !today.isBefore(this.firstDay)) {
			throw new LeaveRuleException("leave.error.already-started");
		}
		if (this.state != LeaveState.PENDING && this.state != LeaveState.APPROVED) {
			throw new LeaveRuleException("leave.error.not-cancellable");
		}
		this.state = LeaveState.CANCELLED;
	}

	/**
	 * The cadre reports back from approved leave (销假).
	 * @param actualReturnDate the first day back at work, from the first day of leave to the day after the last day
	 * @return the days taken and the days freed by an early return
	 */
	public EarlyReturn returnFrom(LocalDate actualReturnDate) {
		if (this.state == LeaveState.RETURNED) {
			throw new LeaveRuleException("leave.error.already-returned");
		}
		if (this.state != LeaveState.APPROVED) {
			throw new LeaveRuleException("leave.error.not-approved");
		}
		EarlyReturn split = period().withEarlyReturn(actualReturnDate);
		this.actualReturnDate = actualReturnDate;
		this.state = LeaveState.RETURNED;
		return split;
	}

	/** @return the step that acts next, while the request is pending */
	public Optional<ApprovalStep> currentStep() {
		return this.state == LeaveState.PENDING ? Optional.of(this.chain.get(this.currentStepIndex)) : Optional.empty();
	}

	/** @return whether the request is pending and the step is the one that acts next */
	public boolean isWaitingFor(ApprovalStep step) {
		return currentStep().filter(step::equals).isPresent();
	}

	/** @return the days of leave taken or granted: all of them once approved, those before the return once returned */
	public Optional<LeavePeriod> periodTaken() {
		return switch (this.state) {
			case APPROVED -> Optional.of(period());
			case RETURNED -> period().withEarlyReturn(this.actualReturnDate).taken();
			default -> Optional.empty();
		};
	}

	/** @return the number of days of {@link #periodTaken()}; 0 unless approved or returned */
	public int daysTaken() {
		return periodTaken().map(LeavePeriod::days).orElse(0);
	}

	private void requireWaitingFor(ApprovalStep step) {
		if (isWaitingFor(step)) {
			return;
		}
		if (this.decisions.stream().anyMatch(d -> d.step() == step)) {
			throw new LeaveRuleException(LeaveRuleException.ALREADY_DECIDED);
		}
		if (this.state != LeaveState.PENDING) {
			throw new LeaveRuleException("leave.error.not-pending");
		}
		throw new LeaveRuleException("leave.error.not-current-step");
	}

	public long cadreId() {
		return this.cadreId;
	}

	/** @return the cadre's team on the day of submission, or null when recorded outside any team */
	public Long teamId() {
		return this.teamId;
	}

	/** @return the id of the account that submitted or recorded the request */
	public long requestedBy() {
		return this.requestedBy;
	}

	/** @return whether the office recorded it for the cadre */
	public boolean recordedByOffice() {
		return this.recordedByOffice;
	}

	public LeaveType type() {
		return this.type;
	}

	public LeavePeriod period() {
		return new LeavePeriod(this.firstDay, this.lastDay);
	}

	public String reason() {
		return this.reason;
	}

	/** @return the number to reach the cadre while away, if given */
	public Optional<String> contactPhone() {
		return Optional.ofNullable(this.contactPhone);
	}

	/** @return the approval chain fixed at submission */
	public ApprovalChain chain() {
		return ApprovalChain.of(this.chain);
	}

	/** @return the position in the chain of the step that acts next (see the reconstituting constructor) */
	public int currentStepIndex() {
		return this.currentStepIndex;
	}

	public LeaveState state() {
		return this.state;
	}

	/** @return the decisions of the steps so far, oldest first */
	public List<Decision> decisions() {
		return List.copyOf(this.decisions);
	}

	/** @return the first day back at work, once returned */
	public Optional<LocalDate> actualReturnDate() {
		return Optional.ofNullable(this.actualReturnDate);
	}
}
