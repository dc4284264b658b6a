/** The purchases' entities, repositories and rules: status transitions, totals and pace. */
package org.zhucun.purchases.domain;
