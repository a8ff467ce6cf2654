package shopdesk.dal.db;

import org.jooq.SQLDialect;

/** The engines ShopDesk runs on, chosen by {@code db.dialect}. */
public enum Dialect {
    SQLITE(SQLDialect.SQLITE),
    H2(SQLDialect.H2),
    POSTGRES(SQLDialect.POSTGRES);

    private final SQLDialect jooq;

    Dialect(SQLDialect jooq) {
        this.jooq = jooq;
    }

    public SQLDialect jooq() {
        return jooq;
    }

    /** The engine jOOQ renders for. */
    public static Dialect of(SQLDialect jooqDialect) {
        for (Dialect d : values()) {
            if (d.jooq == jooqDialect.family()) return d;
        }
        throw new IllegalArgumentException("ShopDesk does not run on " + jooqDialect);
    }

    /** This engine's driver-specific calls; the shared JDBC code imports no driver class. */
    DriverCalls driver() {
        return switch (this) {
            case SQLITE -> SqliteDriverCalls.INSTANCE;
            case POSTGRES -> PostgresDriverCalls.INSTANCE;
            case H2 -> DriverCalls.NONE;
        };
    }
}
