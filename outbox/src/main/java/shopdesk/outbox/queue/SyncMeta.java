package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_META;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.db.JdbcStatement;

/** Small facts of the sync kept in sync_meta: the pull cursor and the server times of the last push and pull. */
public final class SyncMeta {
    public static final String PULL_CURSOR = "pull.cursor";
    public static final String LAST_PUSH_SERVER_TIME = "push.last-server-time";
    public static final String LAST_PULL_SERVER_TIME = "pull.last-server-time";

    private SyncMeta() {
    }

    public static String get(DSLContext tx, String name) {
        return tx.select(SYNC_META.TEXT_VALUE).from(SYNC_META).where(SYNC_META.NAME.eq(name)).fetchOne(SYNC_META.TEXT_VALUE);
    }

    public static Long getLong(DSLContext tx, String name) {
        String v = get(tx, name);
        return v == null ? null : Long.valueOf(v);
    }

    /** Insert or replace; a prepared statement, as the push records the server's time after every batch. */
    private static final JdbcStatement PUT = JdbcStatement.of(tx -> tx.insertInto(SYNC_META)
            .set(SYNC_META.NAME, JdbcStatement.param(SYNC_META.NAME)).set(SYNC_META.TEXT_VALUE, JdbcStatement.param(SYNC_META.TEXT_VALUE))
            .onConflict(SYNC_META.NAME).doUpdate().set(SYNC_META.TEXT_VALUE, DSL.excluded(SYNC_META.TEXT_VALUE)));

    public static void put(DSLContext tx, String name, String value) {
        PUT.execute(tx, v -> v.set(SYNC_META.NAME, name).set(SYNC_META.TEXT_VALUE, value));
    }
}
