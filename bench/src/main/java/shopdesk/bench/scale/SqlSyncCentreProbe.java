package shopdesk.bench.scale;

import static shopdesk.db.Tables.SYNC_DELIVERY;
import static shopdesk.db.Tables.SYNC_QUEUE;

import org.jooq.impl.DSL;
import shopdesk.dal.db.Database;

/** The sync centre's two queries written directly, for when the outbox module is not available to bench. */
public final class SqlSyncCentreProbe implements SyncCentreProbe {
    private final Database db;

    public SqlSyncCentreProbe(Database db) {
        this.db = db;
    }

    @Override
    public String description() {
        return "bench's own SQL (count per delivery state; newest 50 entries joined with their delivery rows)";
    }

    @Override
    public Object pendingCounts() {
        return db.dsl().select(SYNC_DELIVERY.STATE, DSL.count()).from(SYNC_DELIVERY).groupBy(SYNC_DELIVERY.STATE).fetchMap(
                SYNC_DELIVERY.STATE, DSL.count());
    }

    @Override
    public Object firstPage() {
        return db.dsl().select(SYNC_QUEUE.SEQ, SYNC_QUEUE.STREAM_KEY, SYNC_QUEUE.ACTION, SYNC_QUEUE.CREATED_AT,
                        SYNC_DELIVERY.STATE, SYNC_DELIVERY.ATTEMPTS, SYNC_DELIVERY.LAST_ERROR)
                .from(SYNC_QUEUE).join(SYNC_DELIVERY).on(SYNC_DELIVERY.SEQ.eq(SYNC_QUEUE.SEQ))
                .orderBy(SYNC_QUEUE.SEQ.desc()).limit(51).fetch().size();
    }
}
