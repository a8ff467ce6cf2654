package shopdesk.outbox.pull;

import static shopdesk.db.Tables.SYNC_META;

import java.util.Optional;
import org.jooq.DSLContext;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.protocol.EntityType;

/**
 * Server products the feed could not store because a product created offline here holds their SKU. Remembered
 * (id and SKU, in sync_meta) so a supervisor can link the local product to the server's one, and fetched once the
 * SKU is free again (link, rename or discard of the local product).
 */
public final class HeldProducts {
    private static final String PREFIX = "held-product:";

    private HeldProducts() {
    }

    static void remember(DSLContext tx, String productId, String sku) {
        SyncMeta.put(tx, PREFIX + productId, sku);
    }

    /** The id of the server's product holding this SKU that this till could not store. */
    public static Optional<String> withSku(DSLContext tx, String sku) {
        return tx.select(SYNC_META.NAME).from(SYNC_META).where(SYNC_META.NAME.startsWith(PREFIX))
                .and(SYNC_META.TEXT_VALUE.eq(sku)).orderBy(SYNC_META.NAME).limit(1).fetchOptional(SYNC_META.NAME)
                .map(n -> n.substring(PREFIX.length()));
    }

    /** The SKU is free: fetch the server's product and its stock level on the next pull. */
    public static void release(DSLContext tx, String productId) {
        tx.deleteFrom(SYNC_META).where(SYNC_META.NAME.eq(PREFIX + productId)).execute();
        EntityRefresh.request(tx, EntityType.PRODUCT, productId);
        EntityRefresh.request(tx, EntityType.STOCK, productId);
    }
}
