package org.zhucun.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page after sign-in: where each role starts its work. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
