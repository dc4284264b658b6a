package org.zhucun.shared.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.support.IntegrationTest;

/** The attachment service against the database: kinds by content, limits, thumbnails, listing and removal. */
class AttachmentsIT extends IntegrationTest {

	@Autowired
	Attachments attachments;

	private final String type = "test-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void photosAndPdfsAreStoredWithThumbnailsForPhotos() throws IOException {
		int stored = this.attachments.store(this.type, 7L, "files",
				List.of(file("村部.jpg", image("jpg", 1200, 800)), file("scan.pdf", pdf()), file("plan.png", image("png", 50, 60))));
		assertThat(stored).isEqualTo(3);
		List<AttachmentInfo> files = this.attachments.list(this.type, 7L);
		assertThat(files).extracting(AttachmentInfo::fileName).containsExactly("村部.jpg", "scan.pdf", "plan.png");
		assertThat(files).extracting(AttachmentInfo::contentType)
			.containsExactly("image/jpeg", "application/pdf", "image/png");
		assertThat(files).extracting(AttachmentInfo::hasThumbnail).containsExactly(true, false, true);
		Attachments.Content thumbnail = this.attachments.content(files.get(0).id(), true).orElseThrow();
		BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.bytes()));
		assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
		assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(Attachments.THUMBNAIL_SIZE);
		assertThat(this.attachments.content(files.get(1).id(), true).orElseThrow().bytes()).isEqualTo(pdf());
		assertThat(this.attachments.list(this.type, List.of(7L, 8L))).containsOnlyKeys(7L);
	}

	@Test
	void theKindIsJudgedByContentNotByName() {
		MultipartFile fake = file("photo.jpg", "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8));
		assertRefused(List.of(fake), 0, "attachment.kind");
		MultipartFile broken = file("broken.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 });
		assertRefused(List.of(broken), 0, "attachment.unreadable");
		assertThat(this.attachments.list(this.type, 1L)).isEmpty();
	}

	@Test
	void limitsOfCountAndSizeAreShownBesideTheField() throws IOException {
		byte[] photo = image("jpg", 20, 20);
		assertRefused(List.of(file("a.jpg", photo), file("b.jpg", photo)), 4, "attachment.too-many");
		byte[] large = new byte[Attachments.MAX_BYTES + 1];
		System.arraycopy(pdf(), 0, large, 0, pdf().length);
		assertRefused(List.of(file("big.pdf", large)), 0, "attachment.too-large");
		assertRefused(List.of(new MockMultipartFile("files", "empty.pdf", "application/pdf", new byte[0])), 0,
				"attachment.empty");
		// An empty part (no file chosen) is no file at all.
		this.attachments.check("files", List.of(new MockMultipartFile("files", "", null, new byte[0])), 5);
	}

	@Test
	void aStoredRecordAcceptsNoMoreThanFiveInAll() throws IOException {
		byte[] photo = image("png", 10, 10);
		this.attachments.store(this.type, 9L, "files", List.of(file("1.png", photo), file("2.png", photo),
				file("3.png", photo), file("4.png", photo)));
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.attachments.store(this.type, 9L, "files", List.of(file("5.png", photo),
					file("6.png", photo))))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("attachment.too-many"));
		long first = this.attachments.list(this.type, 9L).get(0).id();
		this.attachments.delete(this.type, 9L, first);
		this.attachments.delete("another-type", 9L, this.attachments.list(this.type, 9L).get(0).id());
		assertThat(this.attachments.list(this.type, 9L)).hasSize(3);
		this.attachments.deleteAll(this.type, 9L);
		assertThat(this.attachments.list(this.type, 9L)).isEmpty();
	}

	private void assertRefused(List<MultipartFile> files, int already, String key) {
		assertThatExceptionOfType(BusinessRuleException.class)
			.isThrownBy(() -> this.attachments.check("files", files, already))
			.satisfies(ex -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.field()).isEqualTo("files");
			});
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("files", name, "application/octet-stream", bytes);
	}

	private static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xA4262C);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}
}
