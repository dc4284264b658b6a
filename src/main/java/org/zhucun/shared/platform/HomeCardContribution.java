package org.zhucun.shared.platform;

import java.util.List;

/**
 * The cards one module puts on the home page, as a Spring bean of that module. Each card says what the signed-in
 * user has to do today in that module, with live counts scoped to their account.
 */
public interface HomeCardContribution {

	/** @return the module's cards */
	List<HomeCard> homeCards();
}
