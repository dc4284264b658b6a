/** Accounts, roles and their data scope, sign-in with lockout, passwords, and the log of sign-ins. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.zhucun.identity;
