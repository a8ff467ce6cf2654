package shopdesk.dal.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Keeps a SQLite connection's prepared statements for reuse. jOOQ prepares every statement anew and sqlite-jdbc
 * compiles it anew each time (a quarter of a bill's CPU time on the till); with this cache a statement closed by
 * jOOQ goes back, its values forgotten, and the next prepare of the same SQL takes it instead of compiling.
 * A statement is handed to one user at a time (a second prepare of SQL in use compiles a fresh one), the cache
 * is per connection and bounded, and everything is closed with the connection. Only for SQLite, whose pool has one
 * connection; PostgreSQL's driver caches server-side statements itself.
 */
final class StatementCache extends WrappingDataSource {
    static final int MAX_PER_CONNECTION = 64;

    StatementCache(DataSource target) {
        super(target);
    }

    @Override
    InvocationHandler handlerFor(Connection c) {
        return new CachingConnection(c);
    }

    /** The physical connection plus its idle statements, keyed by the prepare call's arguments. */
    private static final class CachingConnection implements InvocationHandler {
        private final Connection connection;
        private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true);

        CachingConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("prepareStatement") && isCacheable(method)) return prepare(proxy, args);
            if (name.equals("close")) closeIdle();
            if (name.equals("unwrap") && ((Class<?>) args[0]).isInstance(connection)) return connection;
            if (name.equals("isWrapperFor") && ((Class<?>) args[0]).isInstance(connection)) return true;
            return forward(connection, method, args);
        }

        /**
         * Only plain prepareStatement(sql): with generated keys requested sqlite-jdbc keeps a second, internal
         * statement open until the first is closed, which would hold the database busy (VACUUM INTO refuses).
         */
        private static boolean isCacheable(Method m) {
            return m.getParameterCount() == 1;
        }

        private synchronized Object prepare(Object proxyConnection, Object[] args) throws SQLException {
            String key = key(args);
            PreparedStatement ps = idle.remove(key);
            if (ps == null || ps.isClosed()) ps = prepareNew(args);
            PreparedStatement physical = ps;
            return proxy(PreparedStatement.class, new Lease(this, key, physical, proxyConnection));
        }

        private PreparedStatement prepareNew(Object[] args) throws SQLException {
            return connection.prepareStatement((String) args[0]);
        }

        private static String key(Object[] args) {
            return (String) args[0];
        }

        /** A user closed its statement: keep it for the next prepare of the same SQL unless one is kept already. */
        synchronized void giveBack(String key, PreparedStatement ps) throws SQLException {
            if (ps.isClosed()) return;
            try {
                Dialect.SQLITE.driver().reset(ps);
            } catch (SQLException e) {
                ps.close();
                return;
            }
            if (idle.containsKey(key)) {
                ps.close();
                return;
            }
            idle.put(key, ps);
            if (idle.size() > MAX_PER_CONNECTION) {
                var eldest = idle.entrySet().iterator().next();
                idle.remove(eldest.getKey());
                eldest.getValue().close();
            }
        }

        private synchronized void closeIdle() {
            for (PreparedStatement ps : idle.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the connection closes next
                }
            }
            idle.clear();
        }
    }

    /** One use of a cached statement: closing it returns the statement to the cache instead of finalizing it. */
    private static final class Lease implements InvocationHandler {
        private final CachingConnection owner;
        private final String key;
        private final PreparedStatement statement;
        private final Object connectionProxy;
        private boolean closed;

        Lease(CachingConnection owner, String key, PreparedStatement statement, Object connectionProxy) {
            this.owner = owner;
            this.key = key;
            this.statement = statement;
            this.connectionProxy = connectionProxy;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        owner.giveBack(key, statement);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || statement.isClosed();
                }
                case "getConnection" -> {
                    return connectionProxy;
                }
                case "unwrap" -> {
                    if (((Class<?>) args[0]).isInstance(statement)) return statement;
                }
                case "isWrapperFor" -> {
                    if (((Class<?>) args[0]).isInstance(statement)) return true;
                }
                default -> {
                }
            }
            if (closed) throw new SQLException("Statement is closed");
            return forward(statement, method, args);
        }
    }

}
