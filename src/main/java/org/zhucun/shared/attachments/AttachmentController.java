package org.zhucun.shared.attachments;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhucun.shared.domain.NotFoundException;
import org.zhucun.shared.web.Flash;

/**
 * Serves attachments and their thumbnails to those who may see the record they belong to, and removes one for those
 * who may change it. The owning module decides both ({@link AttachmentOwner}); a file of an unknown kind of record
 * is not served.
 */
@PreAuthorize("isAuthenticated()")
@Controller
class AttachmentController {

	private final Attachments attachments;

	private final Map<String, AttachmentOwner> owners;

	AttachmentController(Attachments attachments, List<AttachmentOwner> owners) {
		this.attachments = attachments;
		this.owners = owners.stream().collect(Collectors.toMap(AttachmentOwner::ownerType, Function.identity()));
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		return serve(id, false);
	}

	@GetMapping("/attachments/{id}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
		return serve(id, true);
	}

	@PostMapping("/attachments/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		AttachmentInfo info = this.attachments.find(id).orElseThrow(() -> new NotFoundException("attachment", id));
		if (!owner(info).canWrite(info.ownerId())) {
			throw new AccessDeniedException("Not allowed to change the record of attachment " + id);
		}
		this.attachments.delete(info.ownerType(), info.ownerId(), id);
		Flash.success(redirect, "attachment.deleted", info.fileName());
		return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
	}

	private ResponseEntity<byte[]> serve(long id, boolean thumbnail) {
		Attachments.Content content = this.attachments.content(id, thumbnail)
			.orElseThrow(() -> new NotFoundException("attachment", id));
		if (!owner(content.info()).canRead(content.info().ownerId())) {
			throw new AccessDeniedException("Not allowed to see the record of attachment " + id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(content.info().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}

	private AttachmentOwner owner(AttachmentInfo info) {
		AttachmentOwner owner = this.owners.get(info.ownerType());
		if (owner == null) {
			throw new NotFoundException("attachment", info.id());
		}
		return owner;
	}
}
