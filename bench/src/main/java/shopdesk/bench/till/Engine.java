package shopdesk.bench.till;

import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SqliteSynchronous;

/** A database set-up a figure is measured on: the dialect plus, for SQLite, the synchronous mode. */
public enum Engine {
    SQLITE_FULL(Dialect.SQLITE, SqliteSynchronous.FULL, "SQLite WAL, synchronous=FULL"),
    SQLITE_NORMAL(Dialect.SQLITE, SqliteSynchronous.NORMAL, "SQLite WAL, synchronous=NORMAL"),
    H2(Dialect.H2, SqliteSynchronous.FULL, "H2 (file)"),
    POSTGRES(Dialect.POSTGRES, SqliteSynchronous.FULL, "PostgreSQL (loopback)");

    public final Dialect dialect;
    public final SqliteSynchronous synchronous;
    public final String label;

    Engine(Dialect dialect, SqliteSynchronous synchronous, String label) {
        this.dialect = dialect;
        this.synchronous = synchronous;
        this.label = label;
    }
}
