package org.zhucun.unitduties.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TEAM_LEADER;
import static org.zhucun.identity.Role.TEAM_MEMBER;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The unit duties menu (单位做后盾): the unit's months, the overview, the leader visits, the meetings,
 * the allowance sheets and the care of the stationed cadres; a cadre's own allowance. */
@Component
class UnitDutyNavigation implements NavigationContribution {

	static final String MENU = "unitduties";

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(MENU, 45, "unitduties.nav"),
				NavEntry.item(MENU, "unitduties.mine", 10, "unitduties.nav.mine", "/unit-duties/mine", UNIT_ADMIN),
				NavEntry.item(MENU, "unitduties.overview", 15, "unitduties.nav.overview", "/unit-duties", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL),
				NavEntry.item(MENU, "unitduties.visits", 20, "unitduties.nav.visits", "/leader-visits", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.item(MENU, "unitduties.meetings", 30, "unitduties.nav.meetings", "/meetings", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.item(MENU, "unitduties.allowances", 40, "unitduties.nav.allowances", "/unit-duties/mine/allowances",
						UNIT_ADMIN),
				NavEntry.item(MENU, "unitduties.care", 50, "unitduties.nav.care", "/unit-duties/mine/care", UNIT_ADMIN),
				NavEntry.item(MENU, "unitduties.missing", 60, "unitduties.nav.missing", "/unit-duties/care/missing",
						OFFICE_ADMIN, OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN),
				NavEntry.link("unitduties.allowance.mine", 46, "unitduties.nav.allowance-mine", "/unit-duties/allowances/mine",
						TEAM_LEADER, TEAM_MEMBER));
	}
}
