/**
 * Accounts, roles and their data scope, sign-in with lockout, passwords, and the log of sign-ins. The rule of a town
 * official's cadres ({@link org.zhucun.identity.TownCadres}) is SQL over the work teams' and the organisation's tables
 * (team_membership, work_team, village); it is the one place this module reads them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.zhucun.identity;
