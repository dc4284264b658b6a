/** Organisation (DOMAIN §2): towns, villages, aid units with their leadership members and villages, cadres; policy settings and holidays. */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = { "identity", "shared" })
package org.zhucun.organization;
