package org.zhucun.shared.platform;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page after sign-in: the signed-in user's work of today, from the modules' cards. */
@PreAuthorize("isAuthenticated()")
@Controller
class HomeController {

	private final HomeCards cards;

	HomeController(HomeCards cards) {
		this.cards = cards;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("cards", this.cards.forCurrentUser());
		return "home";
	}
}
