package org.zhucun.unitduties.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.shared.web.RequestedMonth;
import org.zhucun.unitduties.UnitDutyService;

/** A unit's duties month by month, with the rotation of its leadership members. */
@PreAuthorize(Allowed.DESK)
@Controller
class UnitDutyController {

	private final UnitDutyService duties;

	UnitDutyController(UnitDutyService duties) {
		this.duties = duties;
	}

	@PreAuthorize("hasRole('UNIT_ADMIN')")
	@GetMapping("/unit-duties/mine")
	String mine() {
		return "redirect:/unit-duties/units/" + this.duties.ownUnit();
	}

	@PreAuthorize("hasRole('UNIT_ADMIN')")
	@GetMapping("/unit-duties/mine/allowances")
	String myAllowances() {
		return "redirect:/unit-duties/units/" + this.duties.ownUnit() + "/allowances";
	}

	@PreAuthorize("hasRole('UNIT_ADMIN')")
	@GetMapping("/unit-duties/mine/care")
	String myCare() {
		return "redirect:/unit-duties/units/" + this.duties.ownUnit() + "/care";
	}

	@GetMapping("/unit-duties/units/{unitId}")
	String unit(@PathVariable Long unitId, @RequestParam(required = false) String month, Model model) {
		RequestedMonth shown = RequestedMonth.of(month, this.duties.currentMonth());
		model.addAttribute("duty", this.duties.unitPage(unitId, shown.value()));
		model.addAttribute("monthInvalid", shown.invalid());
		return "unitduties/unit";
	}
}
