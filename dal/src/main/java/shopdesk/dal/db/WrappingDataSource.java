package shopdesk.dal.db;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that hands out its target's connections wrapped (the SQLite tuning layers under the pool:
 * {@link StatementCache}, {@link LazyBegin}); everything else is the target's.
 */
abstract class WrappingDataSource implements DataSource {
    private final DataSource target;

    WrappingDataSource(DataSource target) {
        this.target = target;
    }

    /** What a wrapped connection of the target does with each call. */
    abstract InvocationHandler handlerFor(Connection connection);

    /** A proxy of {@code type} whose calls go to {@code handler}. */
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(WrappingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Calls {@code method} on {@code target} for a proxy, rethrowing what the method threw. */
    static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public final Connection getConnection() throws SQLException {
        return proxy(Connection.class, handlerFor(target.getConnection()));
    }

    @Override
    public final Connection getConnection(String username, String password) throws SQLException {
        return proxy(Connection.class, handlerFor(target.getConnection(username, password)));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(target)) return iface.cast(target);
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(target) || target.isWrapperFor(iface);
    }
}
