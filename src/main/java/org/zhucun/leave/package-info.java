/** Leave (DOMAIN §5): requests, the approval chain by length, return from leave, yearly totals. */
@org.springframework.modulith.ApplicationModule(displayName = "Leave", allowedDependencies = { "identity", "organization", "workteams", "shared" })
package org.zhucun.leave;
