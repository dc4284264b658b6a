/** The audit trail pages: /admin/audit (search and one change) and /admin/audit/logins (the sign-in log). */
package org.zhucun.audit.web;
