package shopdesk.server.feed;

import static shopdesk.db.Tables.CHANGE_FEED;

import com.google.gson.JsonParser;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.db.JdbcInsert;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.ChangeFeedRecord;
import shopdesk.protocol.FeedChange;
import shopdesk.protocol.PullResponse;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * The per-shop change feed that tills pull: one row per entity state after a mutation, written in the
 * mutation's own transaction (so it commits or rolls back with it). Writers hold the {@link ShopWriteLock},
 * so a shop's seq values commit in order and a cursor never skips a late commit.
 */
public final class ChangeFeed {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private ChangeFeed() {
    }

    /** One feed row to write; {@code payload} is a dal payload record, stored as its JSON, or its {@link JsonText}. */
    public record Row(String shopId, String originDeviceId, String entityType, String entityId, String action, Long version,
                      Object payload, long at) {
    }

    /** A payload already serialised (as {@code Payloads.toJson} writes it), stored as it is. */
    public record JsonText(String json) {
    }

    private static final JdbcInsert<ChangeFeedRecord> FEED_ROW = JdbcStatement.insert(CHANGE_FEED, CHANGE_FEED.SHOP_ID,
            CHANGE_FEED.ENTITY_TYPE, CHANGE_FEED.ENTITY_ID, CHANGE_FEED.ACTION, CHANGE_FEED.PAYLOAD, CHANGE_FEED.VERSION,
            CHANGE_FEED.ORIGIN_DEVICE_ID, CHANGE_FEED.CREATED_AT);

    /** Writes the rows now, in order, with one JDBC batch (seqs follow the order); a push collects them in {@link FeedRows}. */
    static void insert(DSLContext tx, Row... rows) {
        List<ChangeFeedRecord> values = new java.util.ArrayList<>(rows.length);
        for (Row r : rows) {
            String payload = r.payload() instanceof JsonText t ? t.json() : Payloads.toJson(r.payload());
            values.add(new ChangeFeedRecord().setShopId(r.shopId()).setEntityType(r.entityType()).setEntityId(r.entityId())
                    .setAction(r.action()).setPayload(payload).setVersion(r.version()).setOriginDeviceId(r.originDeviceId())
                    .setCreatedAt(r.at()));
        }
        FEED_ROW.executeBatch(tx, values);
    }

    /**
     * The server's ChangeRecorder for one shop, for dal services run on the server: a recorded change is
     * appended to that shop's feed (its version is the base + 1, or 1 for a creation).
     */
    public static ChangeRecorder recorderFor(String shopId, String originDeviceId, Clock clock) {
        return (DSLContext tx, Change change) -> {
            ShopWriteLock.acquire(tx, shopId);
            tx.insertInto(CHANGE_FEED)
                    .set(CHANGE_FEED.SHOP_ID, shopId)
                    .set(CHANGE_FEED.ENTITY_TYPE, change.entityType())
                    .set(CHANGE_FEED.ENTITY_ID, change.entityId())
                    .set(CHANGE_FEED.ACTION, change.action())
                    .set(CHANGE_FEED.PAYLOAD, change.payloadJson())
                    .set(CHANGE_FEED.VERSION, change.baseVersion() == null ? 1L : change.baseVersion() + 1)
                    .set(CHANGE_FEED.ORIGIN_DEVICE_ID, originDeviceId)
                    .set(CHANGE_FEED.CREATED_AT, clock.millis())
                    .execute();
        };
    }

    /**
     * Changes of one shop after the cursor, oldest first; fetches one extra row to know whether more follow. A cursor
     * whose row this feed does not hold as it was (the database was restored from a backup taken before that row, and
     * its seq may since have gone to another change) is read from the start: the till re-applies the shop's state, and
     * no change written after the restore is skipped.
     */
    public static PullResponse read(DSLContext dsl, String shopId, String since, int limit, long now) {
        FeedCursor cursor = FeedCursor.parse(since);
        if (!heldAsItWas(dsl, shopId, cursor)) {
            LOG.warn("Shop {}: pull cursor {} is not in this feed (restored from a backup?); reading from the start", shopId,
                    since);
            cursor = FeedCursor.START;
        }
        List<ChangeFeedRecord> rows = dsl.selectFrom(CHANGE_FEED)
                .where(CHANGE_FEED.SHOP_ID.eq(shopId), CHANGE_FEED.SEQ.gt(cursor.seq()))
                .orderBy(CHANGE_FEED.SEQ).limit(limit + 1).fetch();
        boolean more = rows.size() > limit;
        List<ChangeFeedRecord> page = more ? rows.subList(0, limit) : rows;
        List<FeedChange> changes = page.stream().map(r -> new FeedChange(r.getSeq(), r.getEntityType(), r.getEntityId(),
                r.getAction(), r.getVersion(), JsonParser.parseString(r.getPayload()).getAsJsonObject(),
                r.getOriginDeviceId(), r.getCreatedAt())).toList();
        FeedCursor next = page.isEmpty() ? cursor
                : new FeedCursor(page.get(page.size() - 1).getSeq(), page.get(page.size() - 1).getCreatedAt());
        return new PullResponse(changes, next.format(), more, now);
    }

    private static boolean heldAsItWas(DSLContext dsl, String shopId, FeedCursor cursor) {
        if (cursor.at() == null) return true;
        Long at = dsl.select(CHANGE_FEED.CREATED_AT).from(CHANGE_FEED)
                .where(CHANGE_FEED.SHOP_ID.eq(shopId), CHANGE_FEED.SEQ.eq(cursor.seq())).fetchOne(CHANGE_FEED.CREATED_AT);
        return cursor.at().equals(at);
    }
}
