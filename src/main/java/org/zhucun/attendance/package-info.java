/** Attendance (DOMAIN §4): day records per cadre, the five-days-four-nights rule, spot checks and monthly sheets. */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance", allowedDependencies = { "identity", "organization", "workteams", "leave", "shared" })
package org.zhucun.attendance;
