package org.zhucun.organization;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;


import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.zhucun.organization.domain.AidUnit;
import org.zhucun.organization.domain.AidUnitRepository;
import org.zhucun.organization.domain.Cadre;
import org.zhucun.organization.domain.CadreRepository;
import org.zhucun.organization.domain.Town;
import org.zhucun.organization.domain.TownRepository;
import org.zhucun.organization.domain.Village;
import org.zhucun.organization.domain.VillageRepository;
import org.zhucun.support.IntegrationTest;

/** Base of the organisation integration tests: repositories and fixture records with unique names. */
abstract class OrganizationIT extends IntegrationTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	protected TownRepository towns;

	@Autowired
	protected VillageRepository villages;

	@Autowired
	protected AidUnitRepository units;

	@Autowired
	protected CadreRepository cadres;

	@Autowired
	protected JdbcTemplate jdbc;

	/** @return a name that no other test uses */
	protected static String unique(String prefix) {
		return prefix + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	protected static RequestPostProcessor csrf() {
		return SecurityMockMvcRequestPostProcessors.csrf();
	}

	protected Town town() {
		return this.towns.saveAndFlush(new Town(unique("镇"), 500));
	}

	protected Village village(Town town) {
		return village(town, VillageCategory.REGISTERED_POOR);
	}

	protected Village village(Town town, VillageCategory category) {
		Village village = new Village(town.getId(), unique("村"), category);
		village.update(town.getId(), village.getName(), category, new BigDecimal("35.100000"),
				new BigDecimal("112.500000"), 1500, 1200, 300);
		return this.villages.saveAndFlush(village);
	}

	/** A unit with a principal (phone 13800001111) and one member, linked to the given villages. */
	protected AidUnit unit(Village... linked) {
		AidUnit unit = new AidUnit(unique("单位"), UnitKind.GOVERNMENT);
		unit.update(unit.getName(), UnitKind.GOVERNMENT, "0391-1234567", "示例路 1 号");
		unit.addLeader(unique("书记"), Gender.MALE, "党组书记", "13800001111", true);
		unit.addLeader(unique("副职"), Gender.FEMALE, "副局长", "13900002222", false);
		Set<Long> ids = new HashSet<>();
		for (Village v : linked) {
			ids.add(v.getId());
		}
		unit.linkVillages(ids);
		return this.units.saveAndFlush(unit);
	}

	protected Cadre cadre(AidUnit unit) {
		return this.cadres.saveAndFlush(new Cadre(unit.getId(), unique("干部"), Gender.FEMALE, "13712345678", "科员"));
	}

	protected List<Long> linkedVillageIds(Long unitId) {
		return this.jdbc.queryForList("select village_id from aid_unit_village where unit_id = ? order by village_id",
				Long.class, unitId);
	}


	protected AidUnit reloadUnit(Long id) {
		return this.units.findWithLeaders(id).orElseThrow();
	}
}
