package org.zhucun.attendance.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.attendance.LocationReviews.Filter;
import org.zhucun.attendance.LocationReviews.Row;
import org.zhucun.attendance.LocationReviews.State;
import org.zhucun.attendance.LocationReviews;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.DataScope;
import org.zhucun.identity.ScopeService;
import org.zhucun.organization.Choice;
import org.zhucun.organization.Organization;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The review list of records outside the village's radius, for the towns and the office, and the page that marks one
 * reviewed with a note.
 */
@PreAuthorize(Allowed.OFFICE_OR_TOWN)
@Controller
class ReviewController {

	/** The longest note kept with a review. */
	static final int NOTE_MAX = 200;

	private final LocationReviews reviews;

	private final ScopeService scopes;

	private final Organization towns;

	ReviewController(LocationReviews reviews, ScopeService scopes, Organization towns) {
		this.reviews = reviews;
		this.scopes = scopes;
		this.towns = towns;
	}

	@GetMapping("/attendance/reviews")
	String list(@RequestParam(required = false) String month, @RequestParam(required = false) Long townId,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) State state,
			@RequestParam(defaultValue = "0") int page, Model model) {
		DataScope scope = this.scopes.current();
		Long town = scope.isOffice() ? townId : null;
		var shown = RequestedMonth.of(month, this.reviews.currentMonth()).value();
		State chosen = state == null ? State.OPEN : state;
		model.addAttribute("page", this.reviews.list(new Filter(shown, town, teamId, chosen), page));
		model.addAttribute("month", shown.toString());
		model.addAttribute("townId", town);
		model.addAttribute("teamId", teamId);
		model.addAttribute("state", chosen);
		model.addAttribute("states", State.values());
		model.addAttribute("teamChoices", this.reviews.teams(town));
		model.addAttribute("townChoices", scope.isOffice() ? this.towns.townChoices() : List.<Choice>of());
		return "attendance/reviews";
	}

	@GetMapping("/attendance/reviews/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("record", this.reviews.get(id));
		model.addAttribute("note", "");
		return "attendance/review";
	}

	@PostMapping("/attendance/reviews/{id}")
	String review(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String note,
			Model model, RedirectAttributes redirect) {
		Row record = this.reviews.get(id);
		String error = null;
		if (note != null && note.length() > NOTE_MAX) {
			error = "attendance.review.note-too-long";
		}
		else {
			try {
				this.reviews.markReviewed(id, version, note);
			}
			catch (BusinessRuleException ex) {
				error = ex.messageKey();
			}
		}
		if (error != null) {
			model.addAttribute("record", record);
			model.addAttribute("note", note == null ? "" : note);
			model.addAttribute("noteError", error);
			return "attendance/review";
		}
		Flash.success(redirect, "attendance.review.saved", record.cadreName(), record.day().toString());
		return "redirect:/attendance/reviews?month=" + record.day().toString().substring(0, 7);
	}
}
