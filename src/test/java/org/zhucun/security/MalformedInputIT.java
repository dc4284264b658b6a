package org.zhucun.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhucun.support.FormClient;
import org.zhucun.support.IntegrationTest;

/**
 * Input that no form sends, over HTTP as an attacker sends it: every case answers 4xx with a message saying what was
 * refused, and writes nothing. Also the refused write of another role (403 page, whatever it sent) and a form sent
 * after the session ended (back to the sign-in).
 */
class MalformedInputIT extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	FormClient admin;

	String marker;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = new FormClient(this.port);
		assertThat(this.admin.signIn("admin", "demo1234").statusCode()).isEqualTo(302);
		this.marker = "测" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aNulByteInAFilterAnswers400WithAMessage() throws Exception {
		HttpResponse<String> answer = this.admin.get("/cadres?name=a%00b");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("请求无法识别", "控制字符");
		assertThat(this.admin.get("/units?name=%1b%5b31m").statusCode()).isEqualTo(400);
	}

	@Test
	void aNulByteInATextFieldAnswers400AndSavesNothing() throws Exception {
		HttpResponse<String> answer = this.admin.postWithToken("/towns/new", "/towns",
				Map.of("name", this.marker + "\u0000镇", "sortOrder", "0"));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("控制字符");
		assertThat(towns()).isZero();
	}

	@Test
	void aNulByteInTheSignInFormAnswers400AndLogsNothing() throws Exception {
		FormClient visitor = new FormClient(this.port);
		String name = "nul" + this.marker;
		HttpResponse<String> answer = visitor.postWithToken("/login", "/login",
				Map.of("username", name + "\u0000", "password", "whatever-123"));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from login_event where username like :n")
			.param("n", name + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aLineBreakInASingleLineFieldIsAFieldMessage() throws Exception {
		HttpResponse<String> answer = this.admin.postWithToken("/towns/new", "/towns",
				Map.of("name", this.marker + "\n镇", "sortOrder", "0"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("只能填写一行，不能换行");
		assertThat(towns()).isZero();
	}

	@Test
	void anIndexFarOutOfRangeAnswers400AndSavesNothing() throws Exception {
		HttpResponse<String> answer = this.admin.postWithToken("/units/new", "/units", Map.of("name", this.marker,
				"kind", "GOVERNMENT", "leaders[0].name", "张三", "leaders[0].principal", "true",
				"leaders[99999].name", "李四"));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("行数超过");
		assertThat(this.jdbc.sql("select count(*) from aid_unit where name = :n")
			.param("n", this.marker)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aMalformedCsrfTokenAnswersTheForbiddenPageAndSavesNothing() throws Exception {
		for (String token : new String[] { "abc", "%%%not-base64!!", "a\"><script>", "" + "A".repeat(300) }) {
			HttpResponse<String> answer = this.admin.post("/towns",
					Map.of("name", this.marker, "sortOrder", "0", "_csrf", token));
			assertThat(answer.statusCode()).as(token).isEqualTo(403);
			assertThat(answer.body()).as(token).contains("无权访问", "安全令牌被伪造或损坏");
		}
		assertThat(towns()).isZero();
	}

	@Test
	void anOversizedMultipartBodyOnAnOrdinaryFormAnswers413AndSavesNothing() throws Exception {
		// Over the container's limit for one file (10 MB) but not for the request: the parts cannot be read.
		HttpResponse<String> oneFile = multipart("/towns", 11 * 1024 * 1024);
		assertThat(oneFile.statusCode()).isEqualTo(413);
		assertThat(oneFile.body()).contains("提交的内容过大", "30 MB");
		// Over the limit for the whole request (30 MB): refused by its announced size, unread.
		HttpResponse<String> whole = multipart("/towns", 31 * 1024 * 1024);
		assertThat(whole.statusCode()).isEqualTo(413);
		assertThat(whole.body()).contains("提交的内容过大");
		assertThat(towns()).isZero();
	}

	@Test
	void aRefusedWriteShowsTheForbiddenPageWhateverItSent() throws Exception {
		FormClient member = new FormClient(this.port);
		member.signIn("member", "demo1234");
		Long unit = this.jdbc.sql("select min(id) from aid_unit").query(Long.class).single();
		// Without its fields, with a malformed id, and complete: always the 403 page, never "请求无法识别".
		for (String path : new String[] { "/units/" + unit + "/deactivate", "/units/not-a-number/deactivate",
				"/towns" }) {
			HttpResponse<String> answer = member.postWithToken("/attendance", path, Map.of("name", this.marker));
			assertThat(answer.statusCode()).as(path).isEqualTo(403);
			assertThat(answer.body()).as(path).contains("无权访问").doesNotContain("请求无法识别");
		}
		assertThat(towns()).isZero();
	}

	@Test
	void aFormSentAfterTheSessionEndedLeadsToTheSignIn() throws Exception {
		String token = FormClient.csrfToken(this.admin.get("/towns/new").body());
		FormClient expired = new FormClient(this.port);
		HttpResponse<String> answer = expired.post("/towns", Map.of("name", this.marker, "_csrf", token));
		assertThat(answer.statusCode()).isEqualTo(303);
		String back = answer.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> page = expired.get(back);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login?expired");
		assertThat(towns()).isZero();
	}

	private int towns() {
		return this.jdbc.sql("select count(*) from town where name like :n")
			.param("n", this.marker + "%")
			.query(Integer.class)
			.single();
	}

	private HttpResponse<String> multipart(String path, int fileBytes) throws Exception {
		String token = FormClient.csrfToken(this.admin.get("/towns/new").body());
		String boundary = "----zhucun" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(fileBytes + 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + this.marker
				+ "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(new byte[fileBytes]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		String cookies = "SESSION=" + this.admin.cookie("SESSION").orElseThrow() + "; XSRF-TOKEN="
				+ this.admin.cookie("XSRF-TOKEN").orElseThrow();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(120))
			.header("Cookie", cookies)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
