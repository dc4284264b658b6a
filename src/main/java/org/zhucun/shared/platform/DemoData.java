package org.zhucun.shared.platform;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo records one module adds to the demo district, as a bean of that module in the {@code demo} profile
 * ({@code @Profile("demo")}). The demo loader runs every contribution in {@link #order()} after the district, its
 * teams, leave and attendance are written, in the same transaction, once per database. Records are dated from the
 * load day ({@link Context#today()}), so a newcomer always finds this week and this month filled in, and they tell a
 * small story that the module's pages and home cards show.
 */
public interface DemoData {

	/** What a contribution knows of the load: the database, the load day, the size and a seed for randomness. */
	record Context(JdbcTemplate jdbc, LocalDate today, Scale scale, long seed) {
	}

	/** The size of the demo district. */
	enum Scale {
		/** The small district of the local run and the tests. */
		DISTRICT,
		/** The city-sized district for measuring pages (written set-based). */
		CITY,
		/** The province-sized district (ten cities, written set-based): only the contributions that write it run. */
		PROVINCE
	}

	/** @return where the contribution runs among the others, smaller first (use the module's migration range) */
	int order();

	/**
	 * @return whether the contribution runs for the province-sized district too (most write the small district and
	 * the city only)
	 */
	default boolean writesProvince() {
		return false;
	}

	/**
	 * Writes the module's demo records. The demo accounts exist (user names {@code admin}, {@code office},
	 * {@code town}, {@code unit}, {@code leader}, {@code member}); find what to attach records to by querying.
	 */
	void load(Context context);
}
