/** The leave pages: asking for leave, approving it, the lists and the yearly totals. */
package org.zhucun.leave.web;
