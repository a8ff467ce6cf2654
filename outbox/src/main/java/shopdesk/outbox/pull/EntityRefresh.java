package shopdesk.outbox.pull;

import static shopdesk.db.Tables.SYNC_META;

import java.io.IOException;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.EntityState;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.Json;

/**
 * Products and customers whose local row must become the server's again (a supervisor discarded this till's edit,
 * and the feed, already past the server's change, will not bring it back). Each is remembered in sync_meta in the
 * discard's transaction and fetched on the next successful pull, so a discard made offline converges too.
 */
public final class EntityRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(EntityRefresh.class);
    private static final String PREFIX = "refresh:";

    private final Database db;
    private final CloudClient cloud;
    private final FeedApplier applier;
    private final SyncQueueStore store;

    public EntityRefresh(Database db, CloudClient cloud, FeedApplier applier, SyncQueueStore store) {
        this.db = db;
        this.cloud = cloud;
        this.applier = applier;
        this.store = store;
    }

    /** Remembers, in the caller's transaction, that this entity's local row must be fetched from the server. */
    public static void request(DSLContext tx, String entityType, String entityId) {
        SyncMeta.put(tx, PREFIX + entityType + ":" + entityId, "requested");
    }

    /** Fetches every requested entity; returns how many were refreshed. Unreachable: kept for the next time. */
    public int runPending(long now) {
        List<String> keys = db.dsl().select(SYNC_META.NAME).from(SYNC_META).where(SYNC_META.NAME.startsWith(PREFIX))
                .orderBy(SYNC_META.NAME).fetch(SYNC_META.NAME); // "product:" before "stock:": a level needs its product
        int done = 0;
        for (String key : keys) {
            String[] parts = key.substring(PREFIX.length()).split(":", 2);
            try {
                CloudResponse r = cloud.get("/api/v1/sync/entity/" + parts[0] + "/" + parts[1]);
                if (r.status() == 200) {
                    EntityState s = Json.gson().fromJson(r.body(), EntityState.class);
                    db.runInTransaction(tx -> {
                        // an edit made since the discard is newer than the fetched state: it wins, as in the feed
                        if (EntityType.STOCK.equals(s.entityType())) {
                            applier.upsertStock(tx, s.payload(), s.version(), now);
                        } else if (store.openEntriesOfStream(tx, parts[0] + ":" + parts[1]).isEmpty()) {
                            applier.upsert(tx, s.entityType(), s.payload(), s.version(), now);
                        }
                        forget(tx, key);
                    });
                    done++;
                } else if (r.status() == 404) {
                    db.runInTransaction(tx -> forget(tx, key));
                } else {
                    LOG.info("Refreshing {} from the server: HTTP {}; will try again", key, r.status());
                }
            } catch (IOException e) {
                return done;
            }
        }
        return done;
    }

    private static void forget(DSLContext tx, String key) {
        tx.deleteFrom(SYNC_META).where(SYNC_META.NAME.eq(key)).execute();
    }
}
