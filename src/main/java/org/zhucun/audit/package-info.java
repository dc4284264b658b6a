/**
 * The office's view of the audit trail: who changed which record when, with the values before and after each change
 * (read from Hibernate Envers' revisions), and the sign-in log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "identity", "shared" })
package org.zhucun.audit;
