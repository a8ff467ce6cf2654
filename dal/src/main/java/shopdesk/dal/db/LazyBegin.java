package shopdesk.dal.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Commits a SQLite connection without opening the next transaction straight away. With auto-commit off,
 * sqlite-jdbc's {@code commit()} runs {@code COMMIT} and then {@code BEGIN IMMEDIATE} (taking the write lock again),
 * and jOOQ then switches auto-commit back on, which commits that empty transaction: two statements and two
 * lock round trips per transaction for nothing (about a tenth of a bill's save). Here {@code commit()} switches
 * auto-commit on, which commits; the next transaction begins only when the connection is used again with
 * auto-commit off, so to its user the connection behaves as before. SQLite only.
 */
final class LazyBegin extends WrappingDataSource {
    /** Calls that neither need nor start a transaction. */
    private static final Set<String> NO_TRANSACTION = Set.of("close", "isClosed", "isValid", "getAutoCommit",
            "setAutoCommit", "commit", "rollback", "unwrap", "isWrapperFor", "getWarnings", "clearWarnings",
            "toString", "hashCode", "equals");

    LazyBegin(DataSource target) {
        super(target);
    }

    @Override
    InvocationHandler handlerFor(Connection c) {
        return new Handler(c);
    }

    private static final class Handler implements InvocationHandler {
        private final Connection connection;
        /** Committed by switching auto-commit on, while the user still has auto-commit off. */
        private boolean beginPending;

        Handler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            int arity = method.getParameterCount();
            if (name.equals("commit") && arity == 0) {
                if (beginPending) return null;                // nothing happened since the last commit
                if (connection.getAutoCommit()) return forward(connection, method, args); // sqlite-jdbc refuses, as before
                connection.setAutoCommit(true);               // commits, without BEGIN IMMEDIATE after it
                beginPending = true;
                return null;
            }
            if (beginPending) {
                if (name.equals("getAutoCommit")) return false;
                if (name.equals("setAutoCommit")) {
                    beginPending = false;
                    if (!(Boolean) args[0]) connection.setAutoCommit(false);
                    return null;
                }
                if (name.equals("rollback") && arity == 0) return null; // an empty transaction
                if (!NO_TRANSACTION.contains(name) || (name.equals("rollback") && arity == 1)) beginNow();
            }
            Object result = forward(connection, method, args);
            // statements prepared earlier may run after a commit: their executions start the transaction too
            if (result instanceof Statement statement) return wrap(statement, method.getReturnType(), proxy);
            return result;
        }

        private void beginNow() throws SQLException {
            if (!beginPending) return;
            beginPending = false;
            connection.setAutoCommit(false);                  // the next transaction starts now, as it would have
        }

        private Object wrap(Statement statement, Class<?> type, Object connectionProxy) {
            return proxy(type, (p, m, a) -> {
                if (m.getName().startsWith("execute")) beginNow();
                if (m.getName().equals("getConnection")) return connectionProxy;
                return forward(statement, m, a);
            });
        }
    }
}
