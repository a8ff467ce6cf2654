package shopdesk.dal.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase marks DATABASECHANGELOGLOCK as LOCKED while it migrates and clears it when done; a process killed in
 * between leaves it set for good, and every later start waits 5 minutes for it and fails. Called only while
 * holding the {@link MigrationLock}, when no other live ShopDesk process can be migrating: a set lock row is then
 * stale and is cleared.
 */
final class StaleChangelogLock {
    private static final Logger LOG = LoggerFactory.getLogger(StaleChangelogLock.class);
    static final String TABLE = "databasechangeloglock";

    private StaleChangelogLock() {
    }

    /** Clears a set lock row; answers who held it (Liquibase's LOCKEDBY), or null when it was not set. */
    static String release(Connection c) throws SQLException {
        if (!tableExists(c)) return null;
        String lockedBy;
        Object granted;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select locked, lockedby, lockgranted from " + TABLE + " where id = 1")) {
            if (!rs.next() || !rs.getBoolean(1)) return null;
            lockedBy = rs.getString(2);
            granted = rs.getObject(3);
        }
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement(
                "update " + TABLE + " set locked = ?, lockgranted = null, lockedby = null where id = 1")) {
            ps.setBoolean(1, false);
            ps.executeUpdate();
        } finally {
            if (!autoCommit) c.setAutoCommit(false);
        }
        String holder = lockedBy == null ? "unknown" : lockedBy;
        LOG.warn("Released a stale Liquibase lock taken by {} at {}: that process ended during a migration, which "
                + "continues now", holder, granted);
        return holder;
    }

    private static boolean tableExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toUpperCase()}) {
            try (ResultSet rs = meta.getTables(null, c.getSchema(), name, null)) {
                if (rs.next()) return true;
            }
        }
        return false;
    }
}
