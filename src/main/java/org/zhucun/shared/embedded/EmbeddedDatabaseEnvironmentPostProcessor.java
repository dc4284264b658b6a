package org.zhucun.shared.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before the application context starts: the configured {@code spring.datasource.url}
 * when there is one; otherwise the embedded PostgreSQL when {@code zhucun.embedded-db.enabled} is on.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String ENABLED = "zhucun.embedded-db.enabled";

	static final String DATA_DIR = "zhucun.embedded-db.data-dir";

	private static EmbeddedPostgres server;

	private final Log log;

	public EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		if (!environment.getProperty(ENABLED, Boolean.class, false)) {
			// The database start-up check (shared.database) stops with a clear message if no database is set later either.
			return;
		}
		EmbeddedPostgres pg = startOnce(Path.of(environment.getProperty(DATA_DIR, ".data/postgres")), this.log);
		pg.createDatabaseIfMissing("zhucun");
		this.log.info("Using the embedded PostgreSQL " + EmbeddedPostgres.VERSION + " on 127.0.0.1:" + pg.port()
				+ " with its data in " + pg.dataDir());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", pg.jdbcUrl("zhucun"), "spring.datasource.username", pg.username(),
							"spring.datasource.password", "")));
	}

	/** Starts the server once per JVM; its messages go to the deferred log, which Spring Boot replays into its log. */
	private static synchronized EmbeddedPostgres startOnce(Path dataDir, Log log) {
		if (server == null) {
			EmbeddedPostgres started = EmbeddedPostgres.start(dataDir, log);
			// Runs after Spring has closed the application, so that nothing still uses the database.
			SpringApplication.getShutdownHandlers().add(started::close);
			server = started;
		}
		return server;
	}

	@Override
	public int getOrder() {
		// After the configuration files are read, so that profiles and properties are known.
		return Ordered.LOWEST_PRECEDENCE;
	}
}
