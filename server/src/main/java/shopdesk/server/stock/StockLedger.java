package shopdesk.server.stock;

import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.FeedChange;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.payload.StockLevelPayload;
import shopdesk.server.feed.ChangeFeed;
import shopdesk.server.push.EntryContext;
import shopdesk.server.sql.CaseByKey;

/**
 * The server's stock: levels per (shop, product), every change recorded as a stock_movement except a sale (its
 * bill items are its movements, as on the till: product, quantity, bill, time and cashier), and the new absolute
 * level published to the feed. Decrements are conditional ({@code quantity >= n}) so that no
 * interleaving of server instances takes a level below zero without an override.
 */
public final class StockLedger {
    private StockLedger() {
    }

    /** The current quantity, 0 when the product has no stock row yet. */
    public static long quantity(DSLContext tx, String shopId, String productId) {
        Long q = tx.select(STOCK.QUANTITY).from(STOCK).where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(productId))
                .fetchOne(STOCK.QUANTITY);
        return q == null ? 0 : q;
    }

    /** A product's stock after a change. */
    public record Level(String productId, long quantity, long version) {
    }

    /** Takes n only if at least n are in stock, returning the new level (one round trip); null (nothing changed) otherwise. */
    public static Level take(DSLContext tx, String shopId, String productId, long n, long now) {
        return tx.update(STOCK)
                .set(STOCK.QUANTITY, STOCK.QUANTITY.minus(n)).set(STOCK.VERSION, STOCK.VERSION.plus(1L))
                .set(STOCK.UPDATED_AT, now)
                .where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(productId), STOCK.QUANTITY.ge(n))
                .returningResult(STOCK.QUANTITY, STOCK.VERSION)
                .fetchOptional(r -> new Level(productId, r.value1(), r.value2())).orElse(null);
    }

    /**
     * {@link #take} for several products at once, with one statement: the new level of each product whose stock
     * sufficed (the others are left unchanged and missing from the map). Each product's condition is its own
     * ({@code quantity >= its n}), as with one {@link #take} per product.
     */
    public static java.util.Map<String, Level> take(DSLContext tx, String shopId, java.util.SortedMap<String, Long> wanted,
                                                    long now) {
        return take(tx, shopId, wanted, now, null);
    }

    /**
     * As {@link #take(DSLContext, String, java.util.SortedMap, long)}, for the total of several bills: each product's
     * version goes up by its number of {@code steps} (the bills that took it), as if each had taken it in turn.
     */
    public static java.util.Map<String, Level> take(DSLContext tx, String shopId, java.util.SortedMap<String, Long> wanted,
                                                    long now, java.util.Map<String, Integer> steps) {
        java.util.Map<String, Level> taken = new java.util.HashMap<>();
        boolean oneStepEach = steps == null || steps.values().stream().allMatch(n -> n == 1);
        if (wanted.size() == 1 && oneStepEach) {
            var w = wanted.entrySet().iterator().next();
            Level level = take(tx, shopId, w.getKey(), w.getValue(), now);
            if (level != null) taken.put(w.getKey(), level);
            return taken;
        }
        org.jooq.Field<Long> amount = CaseByKey.of(STOCK.PRODUCT_ID, wanted, (Long) null);
        org.jooq.Field<Long> versionStep = DSL.val(1L);
        if (!oneStepEach) {
            java.util.Map<String, Long> stepOf = new java.util.LinkedHashMap<>();
            for (String p : wanted.keySet()) stepOf.put(p, (long) steps.get(p));
            versionStep = CaseByKey.of(STOCK.PRODUCT_ID, stepOf, 1L);
        }
        tx.update(STOCK)
                .set(STOCK.QUANTITY, STOCK.QUANTITY.minus(amount)).set(STOCK.VERSION, STOCK.VERSION.plus(versionStep))
                .set(STOCK.UPDATED_AT, now)
                .where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.in(wanted.keySet()), STOCK.QUANTITY.ge(amount))
                .returningResult(STOCK.PRODUCT_ID, STOCK.QUANTITY, STOCK.VERSION)
                .fetch()
                .forEach(r -> taken.put(r.value1(), new Level(r.value1(), r.value2(), r.value3())));
        return taken;
    }

    /** The feed row announcing a product's new absolute level. */
    public static ChangeFeed.Row feedRow(String shopId, String originDeviceId, Level level, long now) {
        return new ChangeFeed.Row(shopId, originDeviceId, EntityType.STOCK, level.productId(), FeedChange.SET_STOCK_LEVEL,
                level.version(), new StockLevelPayload(level.productId(), level.quantity(), level.version()), now);
    }

    /** Adds a signed delta unconditionally (receipts, voids, overridden sales); creates the row if missing. */
    public static void add(DSLContext tx, String shopId, String productId, long delta, long now) {
        int updated = tx.update(STOCK)
                .set(STOCK.QUANTITY, STOCK.QUANTITY.plus(delta)).set(STOCK.VERSION, STOCK.VERSION.plus(1L))
                .set(STOCK.UPDATED_AT, now)
                .where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(productId)).execute();
        if (updated == 0) {
            tx.insertInto(STOCK).set(STOCK.SHOP_ID, shopId).set(STOCK.PRODUCT_ID, productId)
                    .set(STOCK.QUANTITY, delta).set(STOCK.VERSION, 1L).set(STOCK.UPDATED_AT, now).execute();
        }
    }

    public static void movement(DSLContext tx, String id, String shopId, String productId, long delta, MovementKind kind,
                                String reason, String billId, String userId, long now) {
        tx.insertInto(STOCK_MOVEMENT)
                .set(STOCK_MOVEMENT.ID, id).set(STOCK_MOVEMENT.SHOP_ID, shopId).set(STOCK_MOVEMENT.PRODUCT_ID, productId)
                .set(STOCK_MOVEMENT.DELTA, delta).set(STOCK_MOVEMENT.KIND, kind.code()).set(STOCK_MOVEMENT.REASON, reason)
                .set(STOCK_MOVEMENT.BILL_ID, billId).set(STOCK_MOVEMENT.USER_ID, userId).set(STOCK_MOVEMENT.CREATED_AT, now)
                .execute();
    }

    public static Level level(DSLContext tx, String shopId, String productId) {
        Record2<Long, Long> r = tx.select(STOCK.QUANTITY, STOCK.VERSION).from(STOCK)
                .where(STOCK.SHOP_ID.eq(shopId), STOCK.PRODUCT_ID.eq(productId)).fetchOne();
        return r == null ? new Level(productId, 0, 0) : new Level(productId, r.value1(), r.value2());
    }

    /** Adds the product's current absolute level to the entry's feed rows and returns its stock version. */
    public static long publish(DSLContext tx, EntryContext ctx, String productId) {
        Level level = level(tx, ctx.shopId(), productId);
        ctx.feed().add(feedRow(ctx.shopId(), ctx.deviceId(), level, ctx.now()));
        return level.version();
    }
}
