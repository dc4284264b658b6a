package org.zhucun.unitduties.web;

import static org.zhucun.identity.Role.OFFICE_ADMIN;
import static org.zhucun.identity.Role.OFFICE_STAFF;
import static org.zhucun.identity.Role.TOWN_OFFICIAL;
import static org.zhucun.identity.Role.UNIT_ADMIN;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhucun.shared.platform.NavEntry;
import org.zhucun.shared.platform.NavigationContribution;

/** The unit duties menu (单位做后盾): the unit's months, the leader visits. */
@Component
class UnitDutyNavigation implements NavigationContribution {

	static final String MENU = "unitduties";

	@Override
	public List<NavEntry> navigation() {
		return List.of(NavEntry.menu(MENU, 45, "unitduties.nav"),
				NavEntry.item(MENU, "unitduties.mine", 10, "unitduties.nav.mine", "/unit-duties/mine", UNIT_ADMIN),
				NavEntry.item(MENU, "unitduties.visits", 20, "unitduties.nav.visits", "/leader-visits", OFFICE_ADMIN,
						OFFICE_STAFF, TOWN_OFFICIAL, UNIT_ADMIN));
	}
}
