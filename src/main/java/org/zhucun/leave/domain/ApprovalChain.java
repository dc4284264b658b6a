package org.zhucun.leave.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The approvers a leave request goes through, in order (DOMAIN §5). It is chosen once, at submission, from the
 * settings in force on the first day of leave, and stored with the request: a later change of the settings does
 * not change the chain of a request already made.
 */
public final class ApprovalChain {

	private final List<ApprovalStep> steps;

	private ApprovalChain(List<ApprovalStep> steps) {
		this.steps = List.copyOf(steps);
	}

	/**
	 * Chooses the chain by the length of the leave: up to {@code teamMaxDays} days the team leader; up to
	 * {@code townMaxDays} the team leader then the town; longer, the team leader, the town and the office. A team
	 * leader's own request skips the team step (and goes to the town when the team step would have been the only
	 * one).
	 * @param days the days of leave asked for, at least 1
	 * @param requesterLeadsTeam whether the requester is the leader of their work team
	 * @param teamMaxDays setting {@code leave.team-max-days} in force on the first day of leave
	 * @param townMaxDays setting {@code leave.town-max-days} in force on the first day of leave
	 */
	public static ApprovalChain select(int days, boolean requesterLeadsTeam, int teamMaxDays, int townMaxDays) {
		if (days < 1) {
			throw new IllegalArgumentException("leave lasts at least one day");
		}
		List<ApprovalStep> steps = new ArrayList<>();
		if (!requesterLeadsTeam) {
			steps.add(ApprovalStep.TEAM_LEADER);
		}
		if (days > teamMaxDays || requesterLeadsTeam) {
			steps.add(ApprovalStep.TOWN);
		}
		if (days > teamMaxDays && days > townMaxDays) {
			steps.add(ApprovalStep.OFFICE);
		}
		return new ApprovalChain(steps);
	}

	/**
	 * Rebuilds a chain stored with a request.
	 * @param steps the stored steps, at least one, each at most once, in the order team leader, town, office
	 */
	public static ApprovalChain of(List<ApprovalStep> steps) {
		Objects.requireNonNull(steps, "steps");
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("an approval chain has at least one step");
		}
		for (int i = 1; i < steps.size(); i++) {
			if (steps.get(i).ordinal() <= steps.get(i - 1).ordinal()) {
				throw new IllegalArgumentException("approval steps out of order: " + steps);
			}
		}
		return new ApprovalChain(steps);
	}

	/** @return the steps in the order they act */
	public List<ApprovalStep> steps() {
		return this.steps;
	}

	public int size() {
		return this.steps.size();
	}

	/** @return the step at the position in the chain (0 is the first approver) */
	public ApprovalStep stepAt(int index) {
		return this.steps.get(index);
	}

	/** @return whether the position is the last step, whose approval approves the request */
	public boolean isLast(int index) {
		return index == this.steps.size() - 1;
	}

	public boolean contains(ApprovalStep step) {
		return this.steps.contains(step);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ApprovalChain chain && this.steps.equals(chain.steps);
	}

	@Override
	public int hashCode() {
		return this.steps.hashCode();
	}

	@Override
	public String toString() {
		return this.steps.toString();
	}
}
