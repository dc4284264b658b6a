/** The attendance pages: a cadre's month of day records. */
package org.zhucun.attendance.web;
