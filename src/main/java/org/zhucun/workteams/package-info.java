/** Work teams (DOMAIN §3): teams per village and term, memberships, composition rules and reductions (不撤不减). */
@org.springframework.modulith.ApplicationModule(displayName = "Work teams", allowedDependencies = { "identity", "organization", "shared" })
package org.zhucun.workteams;
