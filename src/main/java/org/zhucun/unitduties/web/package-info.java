/** The unit duties pages: leader visits, the unit's months, meetings, the overviews and the cadres' backing. */
package org.zhucun.unitduties.web;
