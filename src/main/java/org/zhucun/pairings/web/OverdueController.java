package org.zhucun.pairings.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhucun.identity.Allowed;
import org.zhucun.pairings.HouseholdCounts;
import org.zhucun.pairings.HouseholdFilter;
import org.zhucun.pairings.HouseholdService;
import org.zhucun.pairings.PairingService;
import org.zhucun.shared.excel.ExcelDownloads;
import org.zhucun.shared.excel.ExcelTexts;
import org.zhucun.shared.excel.XlsxWriter;
import org.zhucun.shared.web.Paging;

/**
 * The overdue list (paired households past the contact rule) of the cadre, the unit, the town or the office, each
 * seeing its own scope, with its counts and its Excel export.
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/pairings/overdue")
class OverdueController {

	private final HouseholdService households;

	private final PairingService pairings;

	private final ExcelTexts texts;

	private final Clock clock;

	OverdueController(HouseholdService households, PairingService pairings, ExcelTexts texts, Clock clock) {
		this.households = households;
		this.pairings = pairings;
		this.texts = texts;
		this.clock = clock;
	}

	@ModelAttribute("filter")
	HouseholdFilter filter(@RequestParam(required = false) Long townId, @RequestParam(required = false) Long unitId) {
		return HouseholdFilter.overdue(townId, unitId, null);
	}

	@GetMapping
	String list(@ModelAttribute("filter") HouseholdFilter filter, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		HouseholdCounts counts = this.households.counts(filter);
		model.addAttribute("page", this.households.search(filter, page, counts));
		model.addAttribute("counts", counts);
		model.addAttribute("towns", this.households.townFilterChoices());
		model.addAttribute("units", this.pairings.unitChoices());
		model.addAttribute("exportUrl", Paging.withFilters(request, "/pairings/overdue/export"));
		return "pairings/overdue";
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") HouseholdFilter filter, HttpServletResponse response) throws IOException {
		String file = this.texts.get("pairings.excel.overdue-file", LocalDate.now(this.clock).toString());
		try (XlsxWriter writer = new XlsxWriter(ExcelDownloads.start(response, file))) {
			writer.sheet(this.texts.get("pairings.excel.overdue-sheet"),
					java.util.List.of(this.texts.get("pairings.household.code"), this.texts.get("pairings.town"),
							this.texts.get("pairings.village"), this.texts.get("pairings.household.head"),
							this.texts.get("pairings.cadre"), this.texts.get("pairings.unit"),
							this.texts.get("pairings.household.paired-since"),
							this.texts.get("pairings.household.last-contact"),
							this.texts.get("pairings.household.last-home-visit"),
							this.texts.get("pairings.state.contact-overdue"), this.texts.get("pairings.state.visit-overdue")));
			this.households.forEach(filter, h -> {
				try {
					writer.row(h.code(), h.townName(), h.villageName(), h.headName(), h.cadreName(), h.unitName(),
							h.pairedSince(), h.lastContactOn(), h.lastHomeVisitOn(), this.texts.yesNo(h.contactOverdue()),
							this.texts.yesNo(h.homeVisitOverdue()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}
}
