package shopdesk.dal.db;

import java.sql.Connection;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/**
 * Commits a change set and its DATABASECHANGELOG row in one transaction, for PostgreSQL, whose DDL is transactional.
 * Liquibase 4.33 commits a change set's statements at the end of {@code ChangeSet.execute} and then, separately, the
 * row recording it; a process killed between the two leaves the change applied and unrecorded, and every later start
 * fails on it ("relation ... already exists"). Here the change set's own commit is skipped, so the commit that
 * follows the row's insert on the same connection commits both, and a kill before it rolls both back.
 *
 * <p>A change set marked {@code runInTransaction: false} runs in autocommit and is not covered (ShopDesk has none).
 */
final class ChangeSetTransaction {
    private boolean skipNextCommit;

    /** The connection Liquibase is given: its commits pass except the one ending a change set's statements. */
    JdbcConnection connection(Connection c) {
        return new JdbcConnection(c) {
            @Override
            public void commit() throws DatabaseException {
                if (skipNextCommit) {
                    skipNextCommit = false;
                    return;
                }
                super.commit();
            }
        };
    }

    /** Arms the skip when a change set starts; {@code next} (may be null) is told of each change set after it. */
    ChangeExecListener listener(ChangeExecListener next) {
        return new AbstractChangeExecListener() {
            @Override
            public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.RunStatus status) {
                skipNextCommit = changeSet.isRunInTransaction();
                if (next != null) next.willRun(changeSet, log, database, status);
            }

            @Override
            public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType execType) {
                skipNextCommit = false; // the row is committed by now; a change set that skipped its commit left none
                if (next != null) next.ran(changeSet, log, database, execType);
            }

            @Override
            public void runFailed(ChangeSet changeSet, DatabaseChangeLog log, Database database, Exception e) {
                skipNextCommit = false;
                if (next != null) next.runFailed(changeSet, log, database, e);
            }
        };
    }
}
