/** Stored policy setting values and holidays, and the resolution of the values in force on a date. */
package org.zhucun.organization.settings.domain;
