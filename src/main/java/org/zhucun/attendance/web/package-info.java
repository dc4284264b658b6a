/** The attendance pages: a cadre's month of day records and the days to fill in, and the team leader's week. */
package org.zhucun.attendance.web;
