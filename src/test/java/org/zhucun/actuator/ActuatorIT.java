package org.zhucun.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Document;
import org.zhucun.support.IntegrationTest;
import org.zhucun.support.TestUsers;

/**
 * Health is public without details (the office administrator sees them); info and the endpoint index are the office
 * administrator's; no other actuator endpoint is exposed, not even to the office administrator.
 */
class ActuatorIT extends IntegrationTest {

	@Test
	void healthIsUpWithoutSignIn() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void healthShowsNoDetailsButToTheOfficeAdministrator() {
		assertThat(this.mvc.get().uri("/actuator/health")).bodyJson().doesNotHavePath("$.components");
		assertThat(this.mvc.get().uri("/actuator/health").with(TestUsers.officeStaff())).bodyJson()
			.doesNotHavePath("$.components");
		assertThat(this.mvc.get().uri("/actuator/health").with(TestUsers.officeAdmin())).bodyJson()
			.hasPath("$.components");
	}

	@Test
	void infoAndTheIndexAreRefusedToAllButTheOfficeAdministrator() throws Exception {
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/info")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.body()).doesNotContain("zhucun");
		for (String path : new String[] { "/actuator/info", "/actuator" }) {
			assertThat(this.mvc.get().uri(path).with(TestUsers.officeStaff())).as(path).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri(path).with(TestUsers.town(1L))).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	@Test
	void infoShowsTheApplicationNameAndVersionToTheOfficeAdministrator() throws Exception {
		String body = this.mvc.get()
			.uri("/actuator/info")
			.with(TestUsers.officeAdmin())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String version = buildVersion();
		assertThat(version).as("the version in pom.xml").isNotBlank();
		assertThat(JsonPath.<String>read(body, "$.app.version")).isEqualTo(version);
		assertThat(JsonPath.<String>read(body, "$.app.name")).isEqualTo("驻村通 (zhucun)");
	}

	/** @return the project's version as the build declares it (pom.xml, which the tests run beside) */
	private static String buildVersion() throws Exception {
		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
		return XPathFactory.newInstance().newXPath().evaluate("/project/version", pom).strip();
	}

	@ParameterizedTest
	@ValueSource(strings = { "env", "beans", "configprops", "mappings", "metrics", "loggers", "heapdump", "threaddump",
			"scheduledtasks", "sessions", "shutdown", "conditions", "caches", "flyway", "modulith" })
	void otherEndpointsAreNotExposed(String endpoint) {
		assertThat(this.mvc.get().uri("/actuator/" + endpoint)).as("anonymous").hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/actuator/" + endpoint).with(TestUsers.officeAdmin())).as("office administrator")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theEndpointIndexListsHealthAndInfoOnly() {
		assertThat(this.mvc.get().uri("/actuator").with(TestUsers.officeAdmin())).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$._links")
			.asMap()
			.containsOnlyKeys("self", "health", "health-path", "info");
	}
}
