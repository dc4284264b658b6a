package org.zhucun.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.SecuritySettings;
import org.zhucun.shared.settings.PolicySettings;

/**
 * The sign-in page, whose one failure message names the lockout of the settings in force; in the demo district it
 * also lists the demo accounts.
 */
@PreAuthorize(Allowed.EVERYONE)
@Controller
class LoginController {

	/** Demo accounts shown on the sign-in page in demo mode only, with their role's message key. */
	static final List<String> DEMO_ACCOUNTS = List.of("admin", "office", "town", "unit", "leader", "member",
			"cadre");

	private final boolean demo;

	private final PolicySettings settings;

	private final Clock clock;

	LoginController(Environment environment, PolicySettings settings, Clock clock) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (request.getParameterMap().containsKey("error")) {
			// Read only after a failed sign-in: the page itself must open while the database is unavailable.
			PolicySettings.Snapshot policy = this.settings.forDate(LocalDate.ofInstant(this.clock.instant(),
					this.clock.getZone()));
			model.addAttribute("lockoutAttempts", policy.intValue(SecuritySettings.LOCKOUT_ATTEMPTS));
			model.addAttribute("lockoutMinutes", policy.intValue(SecuritySettings.LOCKOUT_MINUTES));
		}
		model.addAttribute("demo", this.demo);
		model.addAttribute("demoAccounts", DEMO_ACCOUNTS);
		return "identity/login";
	}

	/** The 403 page; any method, since a refused post (e.g. without its CSRF token) is forwarded here as a post. */
	@RequestMapping("/access-denied")
	String accessDenied() {
		return "error/403";
	}
}
