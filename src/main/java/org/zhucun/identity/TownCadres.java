package org.zhucun.identity;

/**
 * The one rule of a town official's cadres (DOMAIN §1): the cadres serving or having served in the town's villages,
 * that is with an active or past membership of a team of one of the town's villages. The cadres of the units linked to
 * the town are not the town's unless they serve there. Every module that lists, opens, masks, exports or searches the
 * cadres of a town uses this one SQL text: in SQL through {@link #PAIRS} or {@link #ids(String)}, in Java through
 * {@link ScopeService#isTownCadre(DataScope, Long)} and {@link ScopeService#cadreSight(DataScope)}.
 *
 * <p>It reads the work teams' {@code team_membership} and {@code work_team} and the organisation's {@code village}
 * tables, the one place the identity module does; the indexes {@code team_membership_cadre_ix},
 * {@code team_membership_team_ix}, {@code work_team_village_ix} and {@code village_town_name_ux} serve it both ways
 * (the towns of a cadre, the cadres of a town).
 */
public final class TownCadres {

	/** SQL: every (town_id, cadre_id) pair of a cadre and a town whose teams they served in, once. */
	public static final String PAIRS = """
			select distinct tcv.town_id, tcm.cadre_id
			from team_membership tcm join work_team tct on tct.id = tcm.team_id join village tcv on tcv.id = tct.village_id""";

	/** The name of the SQL parameter holding the town in {@link #ids(String)}. */
	public static final String TOWN_PARAMETER = "scopeTown";

	private TownCadres() {
	}

	/**
	 * @param cadreColumn the SQL expression of a cadre's id, e.g. {@code c.id}
	 * @return an SQL condition: the cadre is one of the cadres of the town given as {@code :scopeTown}
	 */
	public static String ids(String cadreColumn) {
		return cadreColumn + " in (select tc.cadre_id from (" + PAIRS + ") tc where tc.town_id = :" + TOWN_PARAMETER
				+ ")";
	}
}
