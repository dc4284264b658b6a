/**
 * Policy settings as a contribution point: modules declare their settings ({@link SettingsContribution}), the
 * registry collects them, and {@link PolicySettings} gives the values in force on a date.
 */
package org.zhucun.shared.settings;
