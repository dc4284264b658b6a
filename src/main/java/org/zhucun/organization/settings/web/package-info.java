/** The office pages of policy settings (/admin/settings) and holidays (/admin/holidays). */
package org.zhucun.organization.settings.web;
