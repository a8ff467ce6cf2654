package shopdesk.server.feed;

import static shopdesk.db.Tables.CHANGE_FEED;

import com.google.gson.JsonParser;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.change.EntityType;
import shopdesk.dal.change.payload.Payloads;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.ChangeFeedRecord;
import shopdesk.protocol.FeedChange;
import shopdesk.protocol.PullResponse;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * The per-shop change feed that tills pull: one row per entity state after a mutation, written in the
 * mutation's own transaction (so it commits or rolls back with it). Writers hold the {@link ShopWriteLock},
 * so a shop's seq values commit in order and a cursor never skips a late commit.
 */
public final class ChangeFeed {
    private ChangeFeed() {
    }

    /** One feed row to write; {@code payload} is a dal payload record, stored as its JSON, or its {@link JsonText}. */
    public record Row(String shopId, String originDeviceId, String entityType, String entityId, String action, Long version,
                      Object payload, long at) {
    }

    /** A payload already serialised (as {@code Payloads.toJson} writes it), stored as it is. */
    public record JsonText(String json) {
    }

    /**
     * Feed rows of a pushed batch applied in one transaction, written with one statement just before its commit
     * instead of one per entry. Bound to the applying thread between {@link #collect} and {@link Collected#close}.
     */
    public static final class Collected implements AutoCloseable {
        private final List<Row> rows = new java.util.ArrayList<>();

        /** Writes the collected rows in the order they were appended, without superseded stock levels. */
        public void flush(DSLContext tx) {
            if (rows.isEmpty()) return;
            Row[] all = withoutSupersededLevels(rows);
            rows.clear();
            insert(tx, all);
        }

        @Override
        public void close() {
            COLLECTING.remove();
        }
    }

    /**
     * The rows in order, less every stock level that a later row of the same product replaces. A level is absolute
     * (quantity and version), the rows of one transaction commit together, and a till applies the feed in order, so
     * the earlier ones would only be overwritten on arrival: a batch of 50 bills selling the same 3 products writes 3
     * levels, each where its last bill put it, instead of 150.
     */
    static Row[] withoutSupersededLevels(List<Row> rows) {
        java.util.Map<String, Integer> lastLevel = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (isStockLevel(rows.get(i))) lastLevel.put(levelKey(rows.get(i)), i);
        }
        List<Row> kept = new java.util.ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!isStockLevel(r) || lastLevel.get(levelKey(r)) == i) kept.add(r);
        }
        return kept.toArray(Row[]::new);
    }

    private static boolean isStockLevel(Row r) {
        return FeedChange.SET_STOCK_LEVEL.equals(r.action()) && EntityType.STOCK.equals(r.entityType());
    }

    private static String levelKey(Row r) {
        return r.shopId() + "/" + r.entityId();
    }

    private static final ThreadLocal<Collected> COLLECTING = new ThreadLocal<>();

    /** From now on this thread's {@link #append}s are collected until flushed; close it in a finally. */
    public static Collected collect() {
        if (COLLECTING.get() != null) throw new IllegalStateException("already collecting feed rows on this thread");
        Collected c = new Collected();
        COLLECTING.set(c);
        return c;
    }

    /** Appends the rows in order with one round trip (PostgreSQL over loopback is bound by round trips). */
    public static void append(DSLContext tx, Row... rows) {
        Collected collecting = COLLECTING.get();
        if (collecting != null) {
            collecting.rows.addAll(List.of(rows));
            return;
        }
        insert(tx, rows);
    }

    private static final JdbcStatement FEED_ROW = JdbcStatement.insert(CHANGE_FEED, CHANGE_FEED.SHOP_ID,
            CHANGE_FEED.ENTITY_TYPE, CHANGE_FEED.ENTITY_ID, CHANGE_FEED.ACTION, CHANGE_FEED.PAYLOAD, CHANGE_FEED.VERSION,
            CHANGE_FEED.ORIGIN_DEVICE_ID, CHANGE_FEED.CREATED_AT);

    /** One JDBC batch of one prepared statement ({@link JdbcStatement}); the seqs follow the rows' order. */
    private static void insert(DSLContext tx, Row... rows) {
        List<Object[]> values = new java.util.ArrayList<>(rows.length);
        for (Row r : rows) {
            String payload = r.payload() instanceof JsonText t ? t.json() : Payloads.toJson(r.payload());
            values.add(new Object[] {r.shopId(), r.entityType(), r.entityId(), r.action(), payload, r.version(),
                    r.originDeviceId(), r.at()});
        }
        FEED_ROW.executeBatch(tx, values);
    }

    public static void append(DSLContext tx, String shopId, String originDeviceId, String entityType, String entityId,
                              String action, Long version, Object payload, long now) {
        append(tx, new Row(shopId, originDeviceId, entityType, entityId, action, version, payload, now));
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

    /** Changes of one shop after the cursor, oldest first; fetches one extra row to know whether more follow. */
    public static PullResponse read(DSLContext dsl, String shopId, String since, int limit, long now) {
        long after = FeedCursor.parse(since);
        List<ChangeFeedRecord> rows = dsl.selectFrom(CHANGE_FEED)
                .where(CHANGE_FEED.SHOP_ID.eq(shopId), CHANGE_FEED.SEQ.gt(after))
                .orderBy(CHANGE_FEED.SEQ).limit(limit + 1).fetch();
        boolean more = rows.size() > limit;
        List<ChangeFeedRecord> page = more ? rows.subList(0, limit) : rows;
        List<FeedChange> changes = page.stream().map(r -> new FeedChange(r.getSeq(), r.getEntityType(), r.getEntityId(),
                r.getAction(), r.getVersion(), JsonParser.parseString(r.getPayload()).getAsJsonObject(),
                r.getOriginDeviceId(), r.getCreatedAt())).toList();
        long last = page.isEmpty() ? after : page.get(page.size() - 1).getSeq();
        return new PullResponse(changes, FeedCursor.format(last), more, now);
    }
}
