package org.zhucun.workteams.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.zhucun.workteams.LeaveReason;
import org.zhucun.workteams.MemberView;
import org.zhucun.workteams.MembershipEnd;

/** The form that ends a membership: the member's last day, the reason, a note, and the version it was opened on. */
public class EndMembershipForm {

	@NotNull
	private LocalDate leftOn;

	@NotNull
	private LeaveReason reason;

	@Size(max = 500)
	private String note;

	private long version;

	static EndMembershipForm from(MemberView member, LocalDate today) {
		EndMembershipForm form = new EndMembershipForm();
		form.leftOn = today;
		form.version = member.version();
		return form;
	}

	MembershipEnd toCommand() {
		return new MembershipEnd(this.leftOn, this.reason, this.note, this.version);
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public void setLeftOn(LocalDate leftOn) {
		this.leftOn = leftOn;
	}

	public LeaveReason getReason() {
		return this.reason;
	}

	public void setReason(LeaveReason reason) {
		this.reason = reason;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
