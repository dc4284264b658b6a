package org.zhucun.shared.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhucun.shared.domain.BusinessRuleException;

/**
 * The attachment service every module uses for photos and files of its records: JPEG, PNG or PDF only (recognised by
 * content, not by name), at most {@link #MAX_FILES} per record and {@link #MAX_BYTES} each, stored in PostgreSQL with
 * a thumbnail for images. The owning module calls it inside its own transaction, so a record and its files are
 * saved together or not at all, and decides who may see them ({@link AttachmentOwner}).
 */
@Service
@Transactional
public class Attachments {

	/** Files one record may carry. */
	public static final int MAX_FILES = 5;

	/** The largest file accepted. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Images larger than this many pixels are refused before they are decoded. */
	static final long MAX_PIXELS = 50_000_000L;

	/** The longer side of a thumbnail. */
	static final int THUMBNAIL_SIZE = 320;

	private static final String COLUMNS = "id, owner_type, owner_id, file_name, content_type, size_bytes, "
			+ "thumbnail is not null as has_thumbnail, created_at, created_by";

	private static final RowMapper<AttachmentInfo> INFO = (rs, n) -> new AttachmentInfo(rs.getLong("id"),
			rs.getString("owner_type"), rs.getLong("owner_id"), rs.getString("file_name"),
			rs.getString("content_type"), rs.getInt("size_bytes"), rs.getBoolean("has_thumbnail"),
			rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));

	/** The bytes of an attachment or its thumbnail, for serving. */
	public record Content(AttachmentInfo info, String contentType, byte[] bytes) {
	}

	/** A checked upload, ready to be stored. */
	private record Checked(String fileName, FileKind kind, byte[] bytes, byte[] thumbnail, int width, int height) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	Attachments(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return how many files a record may carry (for the pages' help) */
	public int maxFiles() {
		return MAX_FILES;
	}

	/** @return the largest file accepted, in MB (for the pages' help) */
	public int maxMegabytes() {
		return MAX_BYTES / (1024 * 1024);
	}

	/** @return the files of one record, oldest first, without their content */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> list(String ownerType, long ownerId) {
		return this.jdbc.query("select " + COLUMNS + " from attachment where owner_type = :type and owner_id = :id "
				+ "order by id", new MapSqlParameterSource("type", ownerType).addValue("id", ownerId), INFO);
	}

	/** @return the files of many records of one type, by record, in one query */
	@Transactional(readOnly = true)
	public Map<Long, List<AttachmentInfo>> list(String ownerType, Collection<Long> ownerIds) {
		Map<Long, List<AttachmentInfo>> byOwner = new LinkedHashMap<>();
		if (ownerIds.isEmpty()) {
			return byOwner;
		}
		this.jdbc.query("select " + COLUMNS + " from attachment where owner_type = :type and owner_id in (:ids) "
				+ "order by id", new MapSqlParameterSource("type", ownerType).addValue("ids", ownerIds), INFO)
			.forEach(a -> byOwner.computeIfAbsent(a.ownerId(), k -> new ArrayList<>()).add(a));
		return byOwner;
	}

	/** @return one attachment's description, whoever owns it */
	@Transactional(readOnly = true)
	public Optional<AttachmentInfo> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from attachment where id = :id", new MapSqlParameterSource("id", id),
				INFO).stream().findFirst();
	}

	/**
	 * Checks uploads before anything is saved, so that the form can show the problem beside its file field.
	 * @param field the form field of the files, for the message
	 * @param files what the form received; empty parts (no file chosen) are ignored
	 * @param alreadyAttached files the record has now
	 * @throws BusinessRuleException beside {@code field}: too many files, a file too large, empty, of another kind, or
	 * an image that cannot be read
	 */
	public void check(String field, List<MultipartFile> files, int alreadyAttached) {
		checked(field, files, alreadyAttached);
	}

	/**
	 * Stores the uploads with the record, after the same checks as {@link #check}; call it in the transaction that
	 * saves the record.
	 * @return how many files were stored
	 */
	public int store(String ownerType, long ownerId, String field, List<MultipartFile> files) {
		List<Checked> checked = checked(field, files, count(ownerType, ownerId));
		Instant now = this.clock.instant();
		String user = currentUser();
		for (Checked file : checked) {
			this.jdbc.update("""
					insert into attachment (owner_type, owner_id, file_name, content_type, size_bytes, sha256, content,
					                        thumbnail, width, height, created_at, created_by)
					values (:type, :owner, :name, :contentType, :size, :sha, :content, :thumbnail, :width, :height,
					        :at, :by)""", new MapSqlParameterSource("type", ownerType).addValue("owner", ownerId)
				.addValue("name", file.fileName())
				.addValue("contentType", file.kind().contentType())
				.addValue("size", file.bytes().length)
				.addValue("sha", sha256(file.bytes()))
				.addValue("content", file.bytes())
				.addValue("thumbnail", file.thumbnail())
				.addValue("width", file.kind().isImage() ? file.width() : null)
				.addValue("height", file.kind().isImage() ? file.height() : null)
				.addValue("at", Timestamp.from(now))
				.addValue("by", user));
		}
		return checked.size();
	}

	/** Removes one file of a record (the owning module has checked that the user may change the record). */
	public void delete(String ownerType, long ownerId, long attachmentId) {
		this.jdbc.update("delete from attachment where id = :id and owner_type = :type and owner_id = :owner",
				new MapSqlParameterSource("id", attachmentId).addValue("type", ownerType).addValue("owner", ownerId));
	}

	/** Removes every file of a record, e.g. when the record itself is deleted. */
	public void deleteAll(String ownerType, long ownerId) {
		this.jdbc.update("delete from attachment where owner_type = :type and owner_id = :owner",
				new MapSqlParameterSource("type", ownerType).addValue("owner", ownerId));
	}

	/** @return the file's bytes, or its thumbnail's (a JPEG) when asked and there is one */
	@Transactional(readOnly = true)
	public Optional<Content> content(long id, boolean thumbnail) {
		Optional<AttachmentInfo> info = find(id);
		if (info.isEmpty()) {
			return Optional.empty();
		}
		String column = thumbnail && info.get().hasThumbnail() ? "thumbnail" : "content";
		byte[] bytes = this.jdbc.queryForObject("select " + column + " from attachment where id = :id",
				new MapSqlParameterSource("id", id), byte[].class);
		String type = column.equals("thumbnail") ? "image/jpeg" : info.get().contentType();
		return Optional.of(new Content(info.get(), type, bytes));
	}

	private int count(String ownerType, long ownerId) {
		Integer n = this.jdbc.queryForObject("select count(*) from attachment where owner_type = :type and owner_id = :id",
				new MapSqlParameterSource("type", ownerType).addValue("id", ownerId), Integer.class);
		return n == null ? 0 : n;
	}

	private static List<Checked> checked(String field, List<MultipartFile> files, int alreadyAttached) {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(f -> f != null && !(f.isEmpty() && blank(f.getOriginalFilename()))).toList();
		if (alreadyAttached + chosen.size() > MAX_FILES) {
			throw new BusinessRuleException(field, "attachment.too-many", MAX_FILES, alreadyAttached);
		}
		List<Checked> checked = new ArrayList<>();
		for (MultipartFile file : chosen) {
			String name = name(file);
			if (file.isEmpty()) {
				throw new BusinessRuleException(field, "attachment.empty", name);
			}
			if (file.getSize() > MAX_BYTES) {
				throw new BusinessRuleException(field, "attachment.too-large", name, MAX_BYTES / (1024 * 1024));
			}
			byte[] bytes;
			try {
				bytes = file.getBytes();
			}
			catch (IOException ex) {
				throw new BusinessRuleException(field, "attachment.unreadable", name);
			}
			FileKind kind = FileKind.of(bytes)
				.orElseThrow(() -> new BusinessRuleException(field, "attachment.kind", name));
			if (kind.isImage()) {
				checked.add(image(field, name, kind, bytes));
			}
			else {
				checked.add(new Checked(name, kind, bytes, null, 0, 0));
			}
		}
		return checked;
	}

	/** Reads the image's size before decoding it (refusing absurd ones), then decodes it and makes its thumbnail. */
	private static Checked image(String field, String name, FileKind kind, byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new BusinessRuleException(field, "attachment.unreadable", name);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
					throw new BusinessRuleException(field, "attachment.too-many-pixels", name);
				}
				BufferedImage image = reader.read(0);
				return new Checked(name, kind, bytes, thumbnail(image), width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof BusinessRuleException rule) {
				throw rule;
			}
			throw new BusinessRuleException(field, "attachment.unreadable", name);
		}
	}

	private static byte[] thumbnail(BufferedImage image) throws IOException {
		double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(small, "jpg", out);
		return out.toByteArray();
	}

	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (blank(name)) {
			return "file";
		}
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "_").strip();
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	private static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? null : auth.getName();
	}
}
