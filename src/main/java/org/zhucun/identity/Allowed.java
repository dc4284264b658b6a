package org.zhucun.identity;

/**
 * The role rules of the pages, one style everywhere: every controller says who may call it with
 * {@code @PreAuthorize(Allowed.X)} on the class or the handler (an architecture test checks that none is missing).
 * These rules only keep other roles out early; the services check the signed-in account's scope (which town, unit,
 * team or cadre) on every read and write.
 */
public final class Allowed {

	/** Anyone signed in; the service decides by scope. */
	public static final String SIGNED_IN = "isAuthenticated()";

	/** Anyone, signed in or not (the sign-in page). */
	public static final String EVERYONE = "permitAll()";

	/** The office's administrator. */
	public static final String OFFICE_ADMIN = "hasRole('OFFICE_ADMIN')";

	/** The office: administrator and staff. */
	public static final String OFFICE = "hasAnyRole('OFFICE_ADMIN','OFFICE_STAFF')";

	/** The office and the towns. */
	public static final String OFFICE_OR_TOWN = "hasAnyRole('OFFICE_ADMIN','OFFICE_STAFF','TOWN_OFFICIAL')";

	/** The desk roles: office, towns and aid units' liaisons. */
	public static final String DESK = "hasAnyRole('OFFICE_ADMIN','OFFICE_STAFF','TOWN_OFFICIAL','UNIT_ADMIN')";

	/** The desk roles and team leaders (who read their own team's records). */
	public static final String DESK_OR_LEADER = "hasAnyRole('OFFICE_ADMIN','OFFICE_STAFF','TOWN_OFFICIAL','UNIT_ADMIN',"
			+ "'TEAM_LEADER')";

	/** Team leaders and members, on their phones. */
	public static final String TEAM = "hasAnyRole('TEAM_LEADER','TEAM_MEMBER')";

	/** The cadres who work their own pairings from a phone: team leaders, members and responsible cadres (CADRE). */
	public static final String PAIRED_CADRES = "hasAnyRole('TEAM_LEADER','TEAM_MEMBER','CADRE')";

	/** Team leaders. */
	public static final String TEAM_LEADER = "hasRole('TEAM_LEADER')";

	/** Those who decide leave: team leaders, towns and the office. */
	public static final String LEAVE_APPROVERS = "hasAnyRole('OFFICE_ADMIN','OFFICE_STAFF','TOWN_OFFICIAL',"
			+ "'TEAM_LEADER')";

	/** Those who ask for leave, and the administrator who records it on a cadre's behalf. */
	public static final String LEAVE_REQUESTERS = "hasAnyRole('TEAM_LEADER','TEAM_MEMBER','OFFICE_ADMIN','OFFICE_STAFF')";

	private Allowed() {
	}
}
