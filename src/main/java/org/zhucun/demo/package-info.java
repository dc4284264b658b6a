/**
 * The demo district: a deterministic generator of towns, villages, aid units, cadres, work teams, holidays and demo
 * accounts (profile {@code demo} only). For speed it writes other modules' tables with SQL, only in
 * {@link org.zhucun.demo.DemoDistrictWriter} and {@link org.zhucun.demo.DemoCityWriter}: organization (town, village,
 * aid_unit, aid_unit_village, unit_leader, cadre, holiday), workteams (work_team, team_membership), leave
 * (leave_request, leave_decision) and attendance (day_record, week_confirmation, spot_check). The other modules' demo
 * data comes from their own {@code DemoData} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo district",
		allowedDependencies = { "identity", "organization", "workteams", "leave", "attendance", "shared" })
package org.zhucun.demo;
