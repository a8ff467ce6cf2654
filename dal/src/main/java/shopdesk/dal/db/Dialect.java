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
}
