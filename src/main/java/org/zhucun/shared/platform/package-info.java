/**
 * The contribution points through which a module plugs in without editing shared files: its navigation entries
 * and home cards (declared as beans of the module), and its message bundle (found by pattern). Settings have theirs
 * in {@code shared.settings}.
 */
package org.zhucun.shared.platform;
