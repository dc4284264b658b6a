package org.zhucun.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhucun.organization.Gender;
import org.zhucun.organization.UnitKind;
import org.zhucun.organization.VillageCategory;

/**
 * The generated demo district, before it is written: rows that refer to each other by their position in these lists.
 * @param towns the towns
 * @param villages the villages, each with the index of its town
 * @param units the aid units
 * @param leaders the units' leadership members
 * @param links which unit is linked to which village
 * @param cadres the units' cadres
 * @param holidays the statutory holidays
 * @param anchors the records the demo accounts are bound to
 */
record DemoDistrict(List<Town> towns, List<Village> villages, List<Unit> units, List<Leader> leaders, List<Link> links,
		List<Cadre> cadres, List<Holiday> holidays, Anchors anchors) {

	record Town(String name, int sortOrder) {
	}

	record Village(int town, String name, VillageCategory category, BigDecimal latitude, BigDecimal longitude,
			int radiusMetres, int population, int households) {
	}

	record Unit(String name, UnitKind kind, String phone, String address) {
	}

	record Leader(int unit, String name, Gender gender, String position, String phone, boolean principal,
			int sortOrder) {
	}

	record Link(int unit, int village) {
	}

	record Cadre(int unit, String name, Gender gender, String phone, String position) {
	}

	record Holiday(LocalDate day, String name) {
	}

	/**
	 * The records the demo accounts are bound to: {@code town}'s town, {@code unit}'s unit (linked to a registered poor
	 * village of that town), and the cadres of that unit who sign in as {@code leader} and {@code member}.
	 */
	record Anchors(int town, int unit, int village, int leaderCadre, int memberCadre) {
	}
}
