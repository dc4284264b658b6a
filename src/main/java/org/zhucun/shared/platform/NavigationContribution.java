package org.zhucun.shared.platform;

import java.util.List;

/**
 * The navigation entries one module adds to the main menu, as a Spring bean of that module; the layout shows every
 * contribution's entries that the signed-in user's role may see.
 */
public interface NavigationContribution {

	/** @return the module's entries: links, menus and links inside menus (its own or another module's) */
	List<NavEntry> navigation();
}
