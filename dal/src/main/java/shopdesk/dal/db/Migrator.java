package shopdesk.dal.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Applies the one changelog at start-up, after refusing a database from a newer schema. */
final class Migrator {
    static final String CHANGELOG = "db/changelog.yaml";
    // Liquibase logs every change set through java.util.logging at INFO; keep start-up output quiet.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private Migrator() {
    }

    static int migrate(DataSource ds, SchemaContext context) {
        try (Connection c = ds.getConnection()) {
            int existing = readSchemaVersion(c);
            if (existing > SchemaVersion.CURRENT) {
                throw new SchemaTooNewException(existing, SchemaVersion.CURRENT);
            }
            boolean autoCommit = c.getAutoCommit();
            liquibase.database.Database db = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(c));
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrator.class.getClassLoader()));
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, context.liquibaseContexts())
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .execute());
            if (c.getAutoCommit() != autoCommit) c.setAutoCommit(autoCommit);
            return readSchemaVersion(c);
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
}
