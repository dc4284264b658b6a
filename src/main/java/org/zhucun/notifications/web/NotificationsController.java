package org.zhucun.notifications.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.identity.Allowed;
import org.zhucun.notifications.NoticeRow;
import org.zhucun.notifications.Notifications;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.web.Flash;
import org.zhucun.shared.web.FormErrors;
import org.zhucun.shared.domain.NotFoundException;

/** The notification centre: one's notices (all or unread), opening one, read and unread, all read, the email. */
@PreAuthorize(Allowed.SIGNED_IN)
@Controller
@RequestMapping("/notifications")
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.notifications.mine(unread, page));
		model.addAttribute("unread", unread);
		model.addAttribute("unreadCount", this.notifications.unreadCount());
		model.addAttribute("mailOn", this.notifications.mailOn());
		if (!model.containsAttribute("mailForm")) {
			MailForm form = new MailForm();
			form.setEmail(this.notifications.mailAddress().orElse(""));
			model.addAttribute("mailForm", form);
		}
		return "notifications/list";
	}

	@GetMapping("/{id}")
	String open(@PathVariable long id) {
		NoticeRow notice = this.notifications.open(id).orElseThrow(() -> new NotFoundException("notice", id));
		return "redirect:" + (notice.href() == null ? "/notifications" : notice.href());
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "true") boolean read,
			@RequestParam(defaultValue = "false") boolean unread) {
		if (!this.notifications.mark(id, read)) {
			throw new NotFoundException("notice", id);
		}
		return "redirect:/notifications" + (unread ? "?unread=true" : "");
	}

	@PostMapping("/read-all")
	String readAll(RedirectAttributes redirect) {
		Flash.success(redirect, "notifications.all-read", this.notifications.markAllRead());
		return "redirect:/notifications";
	}

	@PostMapping("/mail")
	String mail(@ModelAttribute("mailForm") MailForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.notifications.setMailAddress(form.getEmail());
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return list(false, 0, model);
		}
		Flash.success(redirect, "notifications.mail.saved");
		return "redirect:/notifications";
	}
}
