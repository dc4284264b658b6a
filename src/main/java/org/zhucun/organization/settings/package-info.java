/** Policy settings valid from a date and the statutory holiday calendar: their services, storage and office pages. */
package org.zhucun.organization.settings;
