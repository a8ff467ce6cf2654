package shopdesk.server.catalog;

import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;

import java.util.Locale;
import org.jooq.DSLContext;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductImage;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * CREATE_PRODUCT, UPDATE_PRODUCT, DELETE_PRODUCT on the server: created at version 1; an edit applies only
 * when the server's version equals the entry's base version and then sets base + 1, otherwise CONFLICT VERSION
 * with the server's state. A deletion is soft (deleted_at), so old bills still name the product.
 */
public final class ProductApplier {
    private ProductApplier() {
    }

    public static Applied create(DSLContext tx, EntryContext ctx) {
        ProductPayload p = validated(ctx.payload(ProductPayload.class));
        String id = ctx.entityId(p.id());
        if (tx.fetchExists(PRODUCT, PRODUCT.ID.eq(id))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Product " + id + " already exists");
        }
        requireFreeCodes(tx, ctx.shopId(), p, id);
        tx.insertInto(PRODUCT)
                .set(PRODUCT.ID, id).set(PRODUCT.SHOP_ID, ctx.shopId())
                .set(PRODUCT.SKU, p.sku()).set(PRODUCT.BARCODE, p.barcode())
                .set(PRODUCT.NAME, p.name()).set(PRODUCT.NAME_SEARCH, searchForm(p.name()))
                .set(PRODUCT.UNIT_PRICE, p.unitPrice()).set(PRODUCT.TAX_RATE_BP, p.taxRateBp())
                .set(PRODUCT.TAX_INCLUSIVE, p.taxInclusive()).set(PRODUCT.SOLD_BY_WEIGHT, p.soldByWeight())
                .set(PRODUCT.LOW_STOCK_LEVEL, p.lowStockLevel()).set(PRODUCT.CATEGORY, category(p, null)).set(PRODUCT.VERSION, 1L)
                .set(PRODUCT.IMAGE, image(p, null))
                .set(PRODUCT.CREATED_AT, ctx.now()).set(PRODUCT.UPDATED_AT, ctx.now())
                .execute();
        tx.insertInto(STOCK).set(STOCK.SHOP_ID, ctx.shopId()).set(STOCK.PRODUCT_ID, id)
                .set(STOCK.QUANTITY, 0L).set(STOCK.VERSION, 0L).set(STOCK.UPDATED_AT, ctx.now()).execute();
        return publish(tx, ctx, id, ChangeAction.CREATE_PRODUCT);
    }

    public static Applied update(DSLContext tx, EntryContext ctx) {
        ProductPayload p = validated(ctx.payload(ProductPayload.class));
        String id = ctx.entityId(p.id());
        ProductRecord current = currentAt(tx, ctx, id);
        requireFreeCodes(tx, ctx.shopId(), p, id);
        tx.update(PRODUCT)
                .set(PRODUCT.SKU, p.sku()).set(PRODUCT.BARCODE, p.barcode())
                .set(PRODUCT.NAME, p.name()).set(PRODUCT.NAME_SEARCH, searchForm(p.name()))
                .set(PRODUCT.UNIT_PRICE, p.unitPrice()).set(PRODUCT.TAX_RATE_BP, p.taxRateBp())
                .set(PRODUCT.TAX_INCLUSIVE, p.taxInclusive()).set(PRODUCT.SOLD_BY_WEIGHT, p.soldByWeight())
                .set(PRODUCT.LOW_STOCK_LEVEL, p.lowStockLevel()).set(PRODUCT.CATEGORY, category(p, current.getCategory()))
                .set(PRODUCT.IMAGE, image(p, current.getImage()))
                .set(PRODUCT.VERSION, current.getVersion() + 1).set(PRODUCT.UPDATED_AT, ctx.now())
                .where(PRODUCT.ID.eq(id)).execute();
        return publish(tx, ctx, id, ChangeAction.UPDATE_PRODUCT);
    }

    public static Applied delete(DSLContext tx, EntryContext ctx) {
        var rawId = ctx.entry().payload().get("id");
        if (rawId != null && !rawId.isJsonNull() && !(rawId.isJsonPrimitive() && rawId.getAsJsonPrimitive().isString())) {
            throw EntryRefused.invalid("payload.id", "must be a string");
        }
        String id = ctx.entityId(rawId == null || rawId.isJsonNull() ? null : rawId.getAsString());
        ProductRecord current = currentAt(tx, ctx, id);
        tx.update(PRODUCT).set(PRODUCT.DELETED_AT, ctx.now()).set(PRODUCT.VERSION, current.getVersion() + 1)
                .set(PRODUCT.UPDATED_AT, ctx.now()).where(PRODUCT.ID.eq(id)).execute();
        return publish(tx, ctx, id, ChangeAction.DELETE_PRODUCT);
    }

    /** The product's state as the feed and conflicts carry it. */
    public static ProductPayload state(ProductRecord r) {
        return new ProductPayload(r.getId(), r.getSku(), r.getBarcode(), r.getName(), r.getUnitPrice(), r.getTaxRateBp(),
                r.getLowStockLevel(), r.getVersion(), r.getDeletedAt() != null, r.getCategory() == null ? "" : r.getCategory(),
                Boolean.TRUE.equals(r.getTaxInclusive()), Boolean.TRUE.equals(r.getSoldByWeight()),
                r.getImage() == null ? "" : r.getImage());
    }

    /** The product of the caller's shop at exactly the entry's base version (NOT_FOUND / CONFLICT VERSION otherwise). */
    private static ProductRecord currentAt(DSLContext tx, EntryContext ctx, String id) {
        long base = ctx.baseVersion();
        ProductRecord current = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id), PRODUCT.SHOP_ID.eq(ctx.shopId())).fetchOne();
        if (current == null) throw EntryRefused.rejected(RejectCodes.NOT_FOUND, "Product " + id + " does not exist in this shop");
        if (current.getVersion() != base) {
            throw EntryRefused.conflict(new Conflict(Conflict.Kind.VERSION, "Product '" + current.getName()
                    + "' was changed on the server (server version " + current.getVersion() + ", this edit was made on version "
                    + base + ")", current.getVersion(), Payloads.gson().toJsonTree(state(current)).getAsJsonObject(), null));
        }
        if (current.getDeletedAt() != null) {
            throw EntryRefused.rejected(RejectCodes.INVALID_STATE, "Product '" + current.getName() + "' is deleted");
        }
        return current;
    }

    private static Applied publish(DSLContext tx, EntryContext ctx, String id, ChangeAction action) {
        ProductRecord r = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne();
        ctx.feed().add(ctx.shopId(), ctx.deviceId(), EntityType.PRODUCT, id, action.name(), r.getVersion(), state(r), ctx.now());
        return new Applied(null, r.getVersion(), ctx.now());
    }

    /** The category to store: an absent one (an older till) keeps the current one, "" clears it. */
    private static String category(ProductPayload p, String current) {
        if (p.category() == null) return current;
        return p.category().isBlank() ? null : p.category();
    }

    /** The picture to store: an absent one (an older till) keeps the current one, "" removes it. */
    private static String image(ProductPayload p, String current) {
        if (p.image() == null) return current;
        return p.image().isEmpty() ? null : p.image();
    }

    /** The payload checked against the documented limits, with its SKU, barcode and name trimmed. */
    private static ProductPayload validated(ProductPayload p) {
        String sku = Checks.text(p.sku(), "payload.sku", 64);
        String barcode = Checks.optionalText(p.barcode(), "payload.barcode", 64);
        String name = Checks.text(p.name(), "payload.name", 200);
        Checks.atLeast(p.unitPrice(), 0, "payload.unitPrice");
        Checks.atLeast(p.taxRateBp(), 0, "payload.taxRateBp");
        Checks.atLeast(p.lowStockLevel(), 0, "payload.lowStockLevel");
        String category = p.category() == null || p.category().isBlank() ? p.category()
                : Checks.text(p.category(), "payload.category", 64);
        String problem = ProductImage.problem(p.image());
        if (problem != null) throw EntryRefused.invalid("payload.image", problem);
        return new ProductPayload(p.id(), sku, barcode, name, p.unitPrice(), p.taxRateBp(), p.lowStockLevel(), p.version(),
                p.deleted(), category, p.taxInclusive(), p.soldByWeight(), p.image());
    }

    /**
     * SKU and barcode are unique per shop, as on the till: a SKU among all products (a deleted one keeps its SKU,
     * old bills name it), a barcode among active ones (a scanner must find exactly one product).
     */
    private static void requireFreeCodes(DSLContext tx, String shopId, ProductPayload p, String id) {
        if (tx.fetchExists(PRODUCT, PRODUCT.SHOP_ID.eq(shopId), PRODUCT.SKU.eq(p.sku()), PRODUCT.ID.ne(id))) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Another product of this shop already has SKU " + p.sku());
        }
        if (p.barcode() != null
                && tx.fetchExists(PRODUCT, PRODUCT.SHOP_ID.eq(shopId), PRODUCT.BARCODE.eq(p.barcode()), PRODUCT.ID.ne(id),
                PRODUCT.DELETED_AT.isNull())) {
            throw EntryRefused.rejected(RejectCodes.DUPLICATE, "Another product of this shop already has barcode " + p.barcode());
        }
    }

    static String searchForm(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
