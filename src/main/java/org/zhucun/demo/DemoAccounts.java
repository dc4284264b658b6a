package org.zhucun.demo;

import java.util.List;

/** The demo accounts that the demo district creates: their user names, the shared password and fixed display names. */
public final class DemoAccounts {

	/** Password of every demo account; deliberately short, the demo accounts bypass the password policy. */
	public static final String PASSWORD = "demo1234";

	public static final String ADMIN = "admin";

	public static final String OFFICE = "office";

	public static final String TOWN = "town";

	public static final String UNIT = "unit";

	public static final String LEADER = "leader";

	public static final String MEMBER = "member";

	/** A responsible cadre of {@code unit} who is not stationed (role CADRE), paired with households. */
	public static final String CADRE = "cadre";

	/** All demo user names, in the order the sign-in page lists them. */
	public static final List<String> ALL = List.of(ADMIN, OFFICE, TOWN, UNIT, LEADER, MEMBER, CADRE);

	/** Display name of {@code admin}. */
	public static final String ADMIN_NAME = "脱贫办 王建华";

	/** Display name of {@code office}. */
	public static final String OFFICE_NAME = "脱贫办 刘芳";

	/** Town of {@code town}, and of the village that {@code unit}, {@code leader} and {@code member} serve. */
	public static final String TOWN_OF_DEMO = "克井镇";

	/** Display name of {@code town}. */
	public static final String TOWN_NAME = TOWN_OF_DEMO + " 李明";

	/** Person's name in the display name of {@code unit}, which is prefixed with the unit's name. */
	public static final String UNIT_PERSON = "张丽";

	private DemoAccounts() {
	}
}
