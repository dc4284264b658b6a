package org.zhucun.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhucun.identity.Allowed;
import org.zhucun.identity.PendingSecondFactor.PendingSignIn;
import org.zhucun.identity.SecondFactorSignIn;
import org.zhucun.identity.SecondFactors;

/**
 * The second step of signing in (README "Security"): the code from the authenticator app or a recovery code, and
 * for an account without an app yet its enrolment, with the ten recovery codes shown once. Only a session that has
 * given its password and waits for its second factor gets here.
 */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping(SecondFactorSignIn.URL)
class SecondFactorController {

	/** The secret being enrolled, kept in the session between showing it and the first code. */
	static final String ENROLMENT = SecondFactorController.class.getName() + ".enrolment";

	private static final String FORM = "form";

	private final SecondFactors factors;

	private final SecondFactorSignIn signIn;

	SecondFactorController(SecondFactors factors, SecondFactorSignIn signIn) {
		this.factors = factors;
		this.signIn = signIn;
	}

	@GetMapping
	String codeForm(Model model) {
		Optional<PendingSignIn> pending = this.signIn.pending();
		if (pending.isEmpty()) {
			return "redirect:/";
		}
		if (!this.factors.enrolled(pending.get().username())) {
			return "redirect:" + SecondFactorSignIn.URL + "/enrol";
		}
		model.addAttribute(FORM, new SecondFactorForm());
		return "identity/second-factor";
	}

	@PostMapping
	String check(@Valid @ModelAttribute(FORM) SecondFactorForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<PendingSignIn> pending = this.signIn.pending();
		if (pending.isEmpty()) {
			return "redirect:/";
		}
		if (result.hasErrors()) {
			return "identity/second-factor";
		}
		String username = pending.get().username();
		switch (this.factors.check(username, form.getCode(), request.getRemoteAddr())) {
			case LOCKED -> {
				this.signIn.abandon(request);
				return "redirect:/login?error";
			}
			case WRONG -> {
				result.rejectValue("code", "second-factor.code-wrong");
				return "identity/second-factor";
			}
			case RECOVERY_CODE_ACCEPTED -> {
				this.signIn.complete(request, response);
				model.addAttribute("left", this.factors.recoveryCodesLeft(username));
				return "identity/second-factor-recovery-used";
			}
			default -> {
				this.signIn.completeAndLand(request, response);
				return null;
			}
		}
	}

	@GetMapping("/enrol")
	String enrolForm(Model model, HttpSession session) {
		Optional<PendingSignIn> pending = this.signIn.pending();
		if (pending.isEmpty()) {
			return "redirect:/";
		}
		if (this.factors.enrolled(pending.get().username())) {
			return "redirect:" + SecondFactorSignIn.URL;
		}
		SecondFactors.Enrolment enrolment = this.factors.newEnrolment(pending.get().username());
		session.setAttribute(ENROLMENT, enrolment);
		model.addAttribute(FORM, new SecondFactorForm());
		return enrolView(enrolment, model);
	}

	@PostMapping("/enrol")
	String enrol(@Valid @ModelAttribute(FORM) SecondFactorForm form, BindingResult result, Model model,
			HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		Optional<PendingSignIn> pending = this.signIn.pending();
		if (pending.isEmpty() || !(session.getAttribute(ENROLMENT) instanceof SecondFactors.Enrolment enrolment)) {
			return "redirect:" + SecondFactorSignIn.URL;
		}
		if (result.hasErrors()) {
			return enrolView(enrolment, model);
		}
		String username = pending.get().username();
		Optional<List<String>> codes = this.factors.enrol(username, enrolment.secret(), form.getCode(),
				request.getRemoteAddr());
		if (codes.isEmpty()) {
			if (this.factors.locked(username)) {
				this.signIn.abandon(request);
				return "redirect:/login?error";
			}
			result.rejectValue("code", "second-factor.code-wrong");
			return enrolView(enrolment, model);
		}
		session.removeAttribute(ENROLMENT);
		this.signIn.complete(request, response);
		model.addAttribute("codes", codes.get());
		return "identity/second-factor-recovery-codes";
	}

	/** Gives up the pending sign-in: back to the sign-in page. */
	@PostMapping("/cancel")
	String cancel(HttpServletRequest request) {
		this.signIn.abandon(request);
		return "redirect:/login";
	}

	private static String enrolView(SecondFactors.Enrolment enrolment, Model model) {
		model.addAttribute("uri", enrolment.uri());
		// In groups of four, as the apps show it, easier to type.
		model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
		return "identity/second-factor-enrol";
	}
}
