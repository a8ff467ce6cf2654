package shopdesk.dal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Applies the one changelog at start-up, after refusing a database from a newer schema.
 *
 * <p>Loading Liquibase, parsing the changelog and reading its DATABASECHANGELOG took most of a till's start-up
 * even with nothing to apply (docs/BENCHMARKS.md, section 5). So after a complete update the checksum of the
 * changelog files and contexts ({@link ChangelogChecksum}) is stored in {@code schema_version}; a database at this
 * build's version with the same checksum is up to date and Liquibase is not even loaded. A new, older or
 * differently migrated database (other contexts, a change set edited or added without a version bump) gets
 * Liquibase as before. The Liquibase code lives in {@link LiquibaseUpdate} so that skipping it loads none of it.
 *
 * <p>Liquibase runs under a {@link MigrationLock} that dies with its process, so a Liquibase lock row left by a
 * process killed mid-migration is recognised as stale and cleared instead of blocking every later start.
 */
final class Migrator {
    static final String CHANGELOG = "db/changelog.yaml";

    /** The schema version after opening, and whether Liquibase ran for it. */
    record Result(int version, boolean ranLiquibase) {
    }

    private Migrator() {
    }

    static Result migrate(DataSource ds, DatabaseConfig config) {
        SchemaContext context = config.context();
        try (Connection c = ds.getConnection()) {
            int existing = readSchemaVersion(c);
            if (existing > SchemaVersion.CURRENT) {
                throw new SchemaTooNewException(existing, SchemaVersion.CURRENT);
            }
            String checksum = ChangelogChecksum.of(CHANGELOG, context.liquibaseContexts());
            if (existing == SchemaVersion.CURRENT && checksum != null && checksum.equals(readChecksum(c))) {
                return new Result(existing, false);
            }
            try (MigrationLock lock = MigrationLock.acquire(config, c)) {
                if (lock.excludesOtherProcesses()) StaleChangelogLock.release(c);
                H2MigrationBackup.take(config, c);
                SqliteMigrationBackup.take(config, c);
                LiquibaseUpdate.run(c, CHANGELOG, context);
                H2MigrationBackup.discard(config);
                SqliteMigrationBackup.discard(config);
            }
            int version = readSchemaVersion(c);
            if (version == SchemaVersion.CURRENT) writeChecksum(c, checksum);
            return new Result(version, true);
        } catch (SchemaTooNewException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    /** 0 when the database is new (no schema_version table yet). */
    static int readSchemaVersion(Connection c) throws SQLException {
        // only the connection's own schema: other schemas of the same database may hold their own schema_version
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "schema_version", null)) {
            if (!rs.next()) return 0;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(\"version\") from \"schema_version\"")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Called only at this build's version, which has the column (schema 4). */
    private static String readChecksum(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select \"changelog_checksum\" from \"schema_version\" where \"id\" = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void writeChecksum(Connection c, String checksum) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement(
                "update \"schema_version\" set \"changelog_checksum\" = ? where \"id\" = 1")) {
            ps.setString(1, checksum);
            ps.executeUpdate();
        } finally {
            if (!autoCommit) c.setAutoCommit(false);
        }
    }
}
