package org.zhucun.oversight.web;

import java.time.YearMonth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.oversight.FindingService;
import org.zhucun.oversight.domain.FactKind;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.web.RequestedMonth;

/**
 * The office's facts of a month (discrepancies, reductions, returned reports, units short of their duties) and the
 * one click that makes a finding of one of them.
 */
@PreAuthorize(Allowed.OFFICE)
@Controller
@RequestMapping("/oversight/findings")
class FindingFactController {

	private final FindingService findings;

	FindingFactController(FindingService findings) {
		this.findings = findings;
	}

	@PreAuthorize(Allowed.OFFICE)
	@GetMapping("/facts")
	String facts(@RequestParam(required = false) String month, @RequestParam(defaultValue = "0") int page,
			Model model) {
		YearMonth shown = RequestedMonth.parse(month).orElse(YearMonth.from(this.findings.today()));
		var facts = this.findings.facts(shown, page);
		model.addAttribute("facts", facts);
		model.addAttribute("page", facts.discrepancies());
		model.addAttribute("month", shown.toString());
		return "oversight/facts";
	}

	@PreAuthorize(Allowed.OFFICE)
	@PostMapping("/from-fact")
	String fromFact(@RequestParam FactKind kind, @RequestParam Long factId,
			@RequestParam(required = false) String month, RedirectAttributes redirect) {
		YearMonth parsed = RequestedMonth.parse(month).orElse(null);
		try {
			Long id = this.findings.createFromFact(kind, factId, parsed);
			Flash.success(redirect, "oversight.finding.created-from-fact");
			return "redirect:/oversight/findings/" + id;
		}
		catch (BusinessRuleException ex) {
			FormErrors.flash(redirect, ex);
			return "redirect:/oversight/findings/facts" + (parsed == null ? "" : "?month=" + parsed);
		}
	}
}
