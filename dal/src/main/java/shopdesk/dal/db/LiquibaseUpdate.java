package shopdesk.dal.db;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.changelog.visitor.DefaultChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** The Liquibase update, kept apart from {@link Migrator} so that an up-to-date database never loads Liquibase. */
final class LiquibaseUpdate {
    // Liquibase logs every change set through java.util.logging at INFO; keep start-up output quiet.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private LiquibaseUpdate() {
    }

    static void run(Connection c, String changelog, SchemaContext context) throws Exception {
        run(c, changelog, context, null);
    }

    /** @param observer told of each change set besides ShopDesk's own listener (tests stop a migration with it) */
    static void run(Connection c, String changelog, SchemaContext context, ChangeExecListener observer) throws Exception {
        boolean autoCommit = c.getAutoCommit();
        // on PostgreSQL a change set and its record commit together; SQLite and H2 go back to a copy taken before
        boolean oneTransaction = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        ChangeSetTransaction tx = new ChangeSetTransaction();
        liquibase.database.Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(oneTransaction ? tx.connection(c) : new JdbcConnection(c));
        ChangeExecListener listener = oneTransaction ? tx.listener(observer) : observer;
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrator.class.getClassLoader()));
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, db)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, context.liquibaseContexts())
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, listener == null
                        ? new DefaultChangeExecListener() : new DefaultChangeExecListener(listener))
                .execute());
        if (c.getAutoCommit() != autoCommit) c.setAutoCommit(autoCommit);
    }
}
