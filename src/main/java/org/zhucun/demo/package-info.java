/** The demo district: a deterministic generator of towns, villages, aid units, cadres, work teams, holidays and demo accounts (profile {@code demo} only). */
@org.springframework.modulith.ApplicationModule(displayName = "Demo district", allowedDependencies = { "identity", "organization", "shared" })
package org.zhucun.demo;
