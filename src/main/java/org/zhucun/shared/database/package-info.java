/**
 * The application and its database under faults: connection and statement timeouts, the page shown while the
 * database is unreachable, the check at start-up with its plain message and optional wait, and lifting the timeouts
 * for the few long jobs (migrations, demo loading); and the application's JdbcClient, which maps records without
 * the driver's exceptions ({@link org.zhucun.shared.database.RecordRowMapper}).
 */
package org.zhucun.shared.database;
