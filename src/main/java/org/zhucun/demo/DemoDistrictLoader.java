package org.zhucun.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhucun.identity.AccountCommand;
import org.zhucun.identity.Identity;
import org.zhucun.identity.Role;
import org.zhucun.shared.database.LongStatements;
import org.zhucun.shared.platform.DemoData;

/**
 * Loads the demo district and its demo accounts at start-up in the {@code demo} profile, once: only when the database
 * holds no towns yet. The setting {@code zhucun.demo.scale} (environment ZHUCUN_DEMO_SCALE) chooses the small
 * district ({@code district}, the default), a city-sized one for measuring the pages ({@code city}) or a
 * province-sized one ({@code province}: ten times the city, its attendance and households, of the other modules' demo
 * records only the month roll-ups), analysed afterwards. Its dates lead up to the day of the load on the application's clock (attendance up to yesterday, leave
 * and this week's gaps around today). Runs after the initial administrator is created; one transaction, so nothing is
 * half-written, and a database lock, so that two instances starting together load it once.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDistrictLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDistrictLoader.class);

	/** Key of the transaction-scoped advisory lock that serialises loaders on one database. */
	private static final long LOCK_KEY = DemoDistrictGenerator.SEED;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/** The households' own transaction, on another connection, beside the loading one ({@link DemoHouseholdsBeside}). */
	private final TransactionTemplate households;

	private final Identity accounts;

	private final String scale;

	private final List<DemoData> modules;

	private final Clock clock;

	DemoDistrictLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Identity accounts,
			@Value("${zhucun.demo.scale:district}") String scale, List<DemoData> modules, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.households = new TransactionTemplate(transactionManager);
		this.accounts = accounts;
		this.scale = scale;
		this.modules = modules.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		String scale = this.scale.trim();
		if ("city".equalsIgnoreCase(scale) || "province".equalsIgnoreCase(scale)) {
			DemoCityWriter.Size size = "city".equalsIgnoreCase(scale) ? DemoCityWriter.Size.CITY
					: DemoCityWriter.Size.PROVINCE;
			if (loadCity(size)) {
				long loaded = System.nanoTime();
				this.jdbc.execute("analyze");
				log.info("Demo district of the size of a {} loaded in {} ms and analysed in {} ms: {} towns, {} villages, "
						+ "{} aid units, {} cadres, {} day records; demo accounts {}", size.name(),
						(loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000, count("town"),
						count("village"), count("aid_unit"), count("cadre"), count("day_record"),
						String.join(", ", DemoAccounts.ALL));
			}
			else {
				log.info("Demo district not loaded: the database already has towns");
			}
			return;
		}
		Optional<DemoDistrict> loaded = load();
		if (loaded.isEmpty()) {
			log.info("Demo district not loaded: the database already has towns");
			return;
		}
		DemoDistrict d = loaded.get();
		log.info("Demo district loaded in {} ms, as of {}: {} towns, {} villages, {} aid units, {} leadership members, "
				+ "{} unit-village links, {} cadres, {} holidays, {} work teams with {} memberships, {} leave requests; "
				+ "demo accounts {}",
				(System.nanoTime() - started) / 1_000_000, d.days().today(), d.towns().size(), d.villages().size(), d.units().size(),
				d.leaders().size(), d.links().size(), d.cadres().size(), d.holidays().size(), d.teams().size(),
				d.memberships().size(), d.leaves().size(), String.join(", ", DemoAccounts.ALL));
	}

	/** @return the district written, or empty when the database already had towns */
	Optional<DemoDistrict> load() {
		return this.transaction.execute(status -> {
			LongStatements.allowInThisTransaction(this.jdbc);
			this.jdbc.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
			if (Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from town)", Boolean.class))) {
				return Optional.empty();
			}
			DemoDistrict district = DemoDistrictGenerator.generate(LocalDate.now(this.clock));
			DemoDistrictWriter.Ids ids = new DemoDistrictWriter(this.jdbc).write(district);
			createAccounts(district, ids);
			DemoDistrictWriter.Accounts accounts = accountIds();
			DemoDistrictWriter writer = new DemoDistrictWriter(this.jdbc);
			writer.writeLeave(district, ids, accounts);
			writer.writeAttendance(district, DemoAttendanceGenerator.generate(district), ids, accounts);
			loadModules(DemoData.Scale.DISTRICT);
			return Optional.of(district);
		});
	}

	/**
	 * Writes a city-sized or province-sized district; the modules add their demo records to the city, and to the
	 * province those that write it (the month roll-ups). The households are written beside the rest in a transaction
	 * of their own ({@link DemoHouseholdsBeside}); what a failed load left of them is removed afterwards, and before
	 * every load.
	 * @return whether the district was written (false when the database already had towns)
	 */
	boolean loadCity(DemoCityWriter.Size size) {
		removeLeftovers();
		try {
			return Boolean.TRUE.equals(this.transaction.execute(status -> {
				LongStatements.allowInThisTransaction(this.jdbc);
				this.jdbc.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
				if (Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from town)", Boolean.class))) {
					return false;
				}
				DemoCityWriter writer = new DemoCityWriter(this.jdbc, size, LocalDate.now(this.clock));
				writer.write(this.households, a -> {
					create(DemoAccounts.ADMIN, DemoAccounts.ADMIN_NAME, Role.OFFICE_ADMIN, null, null, null);
					create(DemoAccounts.OFFICE, DemoAccounts.OFFICE_NAME, Role.OFFICE_STAFF, null, null, null);
					create(DemoAccounts.TOWN, DemoAccounts.TOWN_NAME, Role.TOWN_OFFICIAL, a.town(), null, null);
					create(DemoAccounts.UNIT, a.unitName() + " " + DemoAccounts.UNIT_PERSON, Role.UNIT_ADMIN, null,
							a.unit(), null);
					create(DemoAccounts.LEADER, a.leaderName(), Role.TEAM_LEADER, null, a.unit(), a.leaderCadre());
					create(DemoAccounts.MEMBER, a.memberName(), Role.TEAM_MEMBER, null, a.unit(), a.memberCadre());
					return new DemoCityWriter.Accounts(accountIds(), accountId(DemoAccounts.LEADER),
							accountId(DemoAccounts.MEMBER));
				});
				// cadre is one of the cadres the households' pairings added, there only now
				createCadre();
				loadModules(size == DemoCityWriter.Size.CITY ? DemoData.Scale.CITY : DemoData.Scale.PROVINCE);
				return true;
			}));
		}
		catch (RuntimeException | Error e) {
			removeLeftovers();
			throw e;
		}
	}

	/** Removes what a failed load left of its households ({@link DemoCityHouseholds#removeLeftovers}). */
	private void removeLeftovers() {
		if (Boolean.TRUE.equals(this.households.execute(status -> {
			// after a load running now, which holds the lock until it has committed its towns or rolled back
			this.jdbc.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
			return DemoCityHouseholds.removeLeftovers(this.jdbc);
		}))) {
			log.warn("Demo district: the households a failed load left without their villages removed");
		}
	}

	/**
	 * Lets every module add its demo records (DemoData), in their order, in the loader's transaction; for the province
	 * only those that write it (the month roll-ups).
	 */
	private void loadModules(DemoData.Scale size) {
		DemoData.Context context = new DemoData.Context(this.jdbc, LocalDate.now(this.clock), size,
				DemoDistrictGenerator.SEED);
		for (DemoData module : contributions(this.modules, size)) {
			long started = System.nanoTime();
			module.load(context);
			log.info("Demo records of {} written in {} ms", module.getClass().getSimpleName(),
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/** @return the contributions that write a district of the given size, in their order */
	static List<DemoData> contributions(List<DemoData> modules, DemoData.Scale size) {
		return modules.stream().filter(m -> size != DemoData.Scale.PROVINCE || m.writesProvince()).toList();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private void createAccounts(DemoDistrict district, DemoDistrictWriter.Ids ids) {
		DemoDistrict.Anchors anchors = district.anchors();
		long town = ids.towns()[anchors.town()];
		long unit = ids.units()[anchors.unit()];
		DemoDistrict.Cadre leader = district.cadres().get(anchors.leaderCadre());
		DemoDistrict.Cadre member = district.cadres().get(anchors.memberCadre());
		String unitName = district.units().get(anchors.unit()).name();
		create(DemoAccounts.ADMIN, DemoAccounts.ADMIN_NAME, Role.OFFICE_ADMIN, null, null, null);
		create(DemoAccounts.OFFICE, DemoAccounts.OFFICE_NAME, Role.OFFICE_STAFF, null, null, null);
		create(DemoAccounts.TOWN, DemoAccounts.TOWN_NAME, Role.TOWN_OFFICIAL, town, null, null);
		create(DemoAccounts.UNIT, unitName + " " + DemoAccounts.UNIT_PERSON, Role.UNIT_ADMIN, null, unit, null);
		create(DemoAccounts.LEADER, leader.name(), Role.TEAM_LEADER, null, unit, ids.cadres()[anchors.leaderCadre()]);
		create(DemoAccounts.MEMBER, member.name(), Role.TEAM_MEMBER, null, unit, ids.cadres()[anchors.memberCadre()]);
		createCadre();
	}

	/**
	 * Creates {@code cadre} for an active cadre who was never in a work team, of a unit that the pairings demo pairs
	 * with households (the first unit linked to a registered poor village), in the demo town if there is one.
	 */
	private void createCadre() {
		this.jdbc.query("""
				select c.id, c.name, c.unit_id from cadre c
				join (select distinct on (l.village_id) l.village_id, l.unit_id from aid_unit_village l
				      join village v on v.id = l.village_id where v.category = 'REGISTERED_POOR' and v.active
				      order by l.village_id, l.unit_id) s on s.unit_id = c.unit_id
				join village v on v.id = s.village_id join town t on t.id = v.town_id
				where c.active and not exists (select 1 from team_membership m where m.cadre_id = c.id)
				and not exists (select 1 from account a where a.cadre_id = c.id)
				order by (t.name = ?) desc, c.id limit 1""", rs -> {
			create(DemoAccounts.CADRE, rs.getString("name"), Role.CADRE, null, rs.getLong("unit_id"), rs.getLong("id"));
		}, DemoAccounts.TOWN_OF_DEMO);
	}

	private DemoDistrictWriter.Accounts accountIds() {
		Map<Long, Long> byCadre = new HashMap<>();
		this.jdbc.query("select cadre_id, id from account where cadre_id is not null",
				(RowCallbackHandler) rs -> byCadre.put(rs.getLong(1), rs.getLong(2)));
		return new DemoDistrictWriter.Accounts(accountId(DemoAccounts.ADMIN), accountId(DemoAccounts.OFFICE),
				accountId(DemoAccounts.TOWN), byCadre);
	}

	private long accountId(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

	/** Creates a demo account that need not change its password (it bypasses the password policy on purpose). */
	private void create(String username, String displayName, Role role, Long town, Long unit, Long cadre) {
		this.accounts.createInitial(new AccountCommand(username, displayName, role, town, unit, cadre),
				DemoAccounts.PASSWORD, false);
	}
}
