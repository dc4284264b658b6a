/** The attendance pages: a cadre's month of day records and the days to fill in, the team leader's week, and spot checks. */
package org.zhucun.attendance.web;
