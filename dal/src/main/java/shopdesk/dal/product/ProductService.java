package shopdesk.dal.product;

import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.DuplicateException;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.StaleVersionException;
import shopdesk.db.tables.records.ProductRecord;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.Payloads;

/** The catalog: one method per use case, each one transaction that records its change. */
public final class ProductService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;

    public ProductService(Database db, ChangeRecorder recorder, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
    }

    public Product create(Actor actor, ProductDraft draft) {
        RoleMatrix.require(actor, ChangeAction.CREATE_PRODUCT, ErrorText.ACTION_CREATE_PRODUCT);
        ProductDraft d = draft.validated();
        String id = Ids.newId();
        long now = clock.millis();
        return db.inTransaction(tx -> {
            checkUnique(tx, actor.shopId(), null, d);
            tx.insertInto(PRODUCT)
                    .set(PRODUCT.ID, id).set(PRODUCT.SHOP_ID, actor.shopId())
                    .set(PRODUCT.SKU, d.sku()).set(PRODUCT.BARCODE, d.barcode())
                    .set(PRODUCT.NAME, d.name()).set(PRODUCT.NAME_SEARCH, Text.searchKey(d.name()))
                    .set(PRODUCT.UNIT_PRICE, d.unitPrice()).set(PRODUCT.TAX_RATE_BP, d.taxRateBp())
                    .set(PRODUCT.LOW_STOCK_LEVEL, d.lowStockLevel()).set(PRODUCT.CATEGORY, d.category())
                    .set(PRODUCT.IMAGE, blankToNull(d.image()))
                    .set(PRODUCT.TAX_INCLUSIVE, d.taxInclusive()).set(PRODUCT.SOLD_BY_WEIGHT, d.soldByWeight()).set(PRODUCT.VERSION, 1L)
                    .set(PRODUCT.CREATED_AT, now).set(PRODUCT.UPDATED_AT, now)
                    .execute();
            tx.insertInto(STOCK).set(STOCK.SHOP_ID, actor.shopId()).set(STOCK.PRODUCT_ID, id)
                    .set(STOCK.QUANTITY, 0L).set(STOCK.VERSION, 0L).set(STOCK.UPDATED_AT, now).execute();
            Product p = load(tx, actor.shopId(), id);
            record(tx, actor, p, ChangeAction.CREATE_PRODUCT, null);
            return p;
        });
    }

    /** Applies an edit made against {@code expectedVersion}; a different current version is a StaleVersionException. */
    public Product update(Actor actor, String id, long expectedVersion, ProductDraft draft) {
        RoleMatrix.require(actor, ChangeAction.UPDATE_PRODUCT, ErrorText.ACTION_EDIT_PRODUCT);
        ProductDraft d = draft.validated();
        return db.inTransaction(tx -> {
            checkUnique(tx, actor.shopId(), id, d);
            recorder.beforeEdit(tx, EntityType.PRODUCT, id);
            int n = tx.update(PRODUCT)
                    .set(PRODUCT.SKU, d.sku()).set(PRODUCT.BARCODE, d.barcode())
                    .set(PRODUCT.NAME, d.name()).set(PRODUCT.NAME_SEARCH, Text.searchKey(d.name()))
                    .set(PRODUCT.UNIT_PRICE, d.unitPrice()).set(PRODUCT.TAX_RATE_BP, d.taxRateBp())
                    .set(PRODUCT.LOW_STOCK_LEVEL, d.lowStockLevel()).set(PRODUCT.CATEGORY, d.category())
                    .set(PRODUCT.TAX_INCLUSIVE, d.taxInclusive()).set(PRODUCT.SOLD_BY_WEIGHT, d.soldByWeight())
                    .set(PRODUCT.IMAGE, d.image() == null ? PRODUCT.IMAGE : DSL.val(blankToNull(d.image())))
                    .set(PRODUCT.VERSION, expectedVersion + 1).set(PRODUCT.UPDATED_AT, clock.millis())
                    .where(PRODUCT.ID.eq(id)).and(PRODUCT.SHOP_ID.eq(actor.shopId()))
                    .and(PRODUCT.DELETED_AT.isNull()).and(PRODUCT.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) throw staleOrMissing(tx, actor.shopId(), id, expectedVersion);
            Product p = load(tx, actor.shopId(), id);
            record(tx, actor, p, ChangeAction.UPDATE_PRODUCT, expectedVersion);
            return p;
        });
    }

    /** Soft delete: the product disappears from sale and search but old bills keep pointing at it. */
    public Product delete(Actor actor, String id, long expectedVersion) {
        RoleMatrix.require(actor, ChangeAction.DELETE_PRODUCT, ErrorText.ACTION_DELETE_PRODUCT);
        return db.inTransaction(tx -> {
            long now = clock.millis();
            recorder.beforeEdit(tx, EntityType.PRODUCT, id);
            int n = tx.update(PRODUCT).set(PRODUCT.DELETED_AT, now).set(PRODUCT.UPDATED_AT, now)
                    .set(PRODUCT.VERSION, expectedVersion + 1)
                    .where(PRODUCT.ID.eq(id)).and(PRODUCT.SHOP_ID.eq(actor.shopId()))
                    .and(PRODUCT.DELETED_AT.isNull()).and(PRODUCT.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) throw staleOrMissing(tx, actor.shopId(), id, expectedVersion);
            Product p = load(tx, actor.shopId(), id);
            record(tx, actor, p, ChangeAction.DELETE_PRODUCT, expectedVersion);
            return p;
        });
    }

    public Optional<Product> findById(String shopId, String id) {
        return db.dsl().selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.ID.eq(id))
                .fetchOptional(ProductService::product);
    }

    public Optional<Product> findBySku(String shopId, String sku) {
        return active(shopId).and(PRODUCT.SKU.eq(sku == null ? "" : sku.strip())).fetchOptional(ProductService::product);
    }

    /** Never throws on a barcode two products share (two tills created them offline): the oldest one answers. */
    public Optional<Product> findByBarcode(String shopId, String barcode) {
        return active(shopId).and(PRODUCT.BARCODE.eq(barcode == null ? "" : barcode.strip()))
                .orderBy(PRODUCT.CREATED_AT, PRODUCT.ID).limit(1).fetchOptional(ProductService::product);
    }

    /**
     * Every active product a scanned or typed code names: all that share the barcode (two tills created them
     * offline, or the server accepted a duplicate), else the SKU's; by name. The till lets the cashier pick.
     */
    public List<Product> findAllByCode(String shopId, String code) {
        String c = code == null ? "" : code.strip();
        List<Product> byBarcode = active(shopId).and(PRODUCT.BARCODE.eq(c)).orderBy(PRODUCT.NAME_SEARCH, PRODUCT.ID)
                .fetch(ProductService::product);
        return byBarcode.isEmpty() ? findBySku(shopId, c).map(List::of).orElse(List.of()) : byBarcode;
    }

    /** What a scanner or a typed code means: a barcode first, else a SKU. */
    public Optional<Product> findByCode(String shopId, String code) {
        return findByBarcode(shopId, code).or(() -> findBySku(shopId, code));
    }

    /** Active products whose name contains the query (any case), or whose SKU or barcode starts with it; by name. */
    public Page<Product> search(String shopId, String query, PageRequest page) {
        String q = query == null ? "" : query.strip();
        var where = PRODUCT.SHOP_ID.eq(shopId).and(PRODUCT.DELETED_AT.isNull());
        if (!q.isEmpty()) {
            where = where.and(PRODUCT.NAME_SEARCH.like(Text.containsPattern(q), '!')
                    .or(PRODUCT.SKU.startsWith(q)).or(PRODUCT.BARCODE.startsWith(q)));
        }
        List<Product> rows = db.dsl().selectFrom(PRODUCT).where(where).orderBy(PRODUCT.NAME_SEARCH, PRODUCT.ID)
                .limit(page.limit() + 1).offset(page.offset()).fetch(ProductService::product);
        return Page.of(rows, page);
    }

    /** The categories of the shop's active products, in name order (the touch grid's tabs). */
    public List<String> categories(String shopId) {
        return db.dsl().selectDistinct(PRODUCT.CATEGORY).from(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId))
                .and(PRODUCT.DELETED_AT.isNull()).and(PRODUCT.CATEGORY.isNotNull()).orderBy(PRODUCT.CATEGORY)
                .fetch(PRODUCT.CATEGORY);
    }

    private org.jooq.SelectConditionStep<ProductRecord> active(String shopId) {
        return db.dsl().selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.DELETED_AT.isNull());
    }

    private void checkUnique(DSLContext tx, String shopId, String selfId, ProductDraft d) {
        var sameSku = PRODUCT.SHOP_ID.eq(shopId).and(PRODUCT.SKU.eq(d.sku()));
        if (selfId != null) sameSku = sameSku.and(PRODUCT.ID.ne(selfId));
        if (tx.fetchExists(PRODUCT, sameSku)) {
            throw new DuplicateException("sku", ErrorText.SKU_TAKEN, d.sku());
        }
        if (d.barcode() != null) {
            var sameCode = PRODUCT.SHOP_ID.eq(shopId).and(PRODUCT.BARCODE.eq(d.barcode())).and(PRODUCT.DELETED_AT.isNull());
            if (selfId != null) sameCode = sameCode.and(PRODUCT.ID.ne(selfId));
            if (tx.fetchExists(PRODUCT, sameCode)) {
                throw new DuplicateException("barcode", ErrorText.BARCODE_TAKEN, d.barcode());
            }
        }
    }

    private RuntimeException staleOrMissing(DSLContext tx, String shopId, String id, long expected) {
        ProductRecord r = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).and(PRODUCT.SHOP_ID.eq(shopId)).fetchOne();
        if (r == null || r.getDeletedAt() != null) return new NotFoundException(ErrorText.NOUN_PRODUCT, id);
        return new StaleVersionException(ErrorText.NOUN_PRODUCT, id, expected, r.getVersion());
    }

    private void record(DSLContext tx, Actor actor, Product p, ChangeAction action, Long baseVersion) {
        recorder.record(tx, new Change(Change.streamKey(EntityType.PRODUCT, p.id()), EntityType.PRODUCT, p.id(),
                action.name(), Payloads.toJson(p.payload()), Payloads.VERSION, baseVersion, actor.userId(), List.of()));
    }

    static Product load(DSLContext tx, String shopId, String id) {
        return tx.selectFrom(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.ID.eq(id)).fetchOne(ProductService::product);
    }

    public static Product product(ProductRecord r) {
        return new Product(r.getId(), r.getShopId(), r.getSku(), r.getBarcode(), r.getName(), r.getUnitPrice(),
                r.getTaxRateBp(), r.getLowStockLevel(), r.getVersion(), r.getDeletedAt() != null, r.getCreatedAt(),
                r.getUpdatedAt(), r.getCategory(), Boolean.TRUE.equals(r.getTaxInclusive()),
                Boolean.TRUE.equals(r.getSoldByWeight()), r.getImage());
    }

    private static String blankToNull(String image) {
        return image == null || image.isEmpty() ? null : image;
    }
}
