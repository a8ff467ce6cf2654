package shopdesk.dal.stock;

import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.MovementKind;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.StockDeltaPayload;

/**
 * Stock levels. Receipts and adjustments are recorded as signed deltas (they commute, so two tills never
 * conflict over them); every receipt, adjustment and void is kept in stock_movement with its reason and user. A
 * sale's movements are its bill's items.
 */
public final class StockService {
    private final Database db;
    private final ChangeRecorder recorder;
    private final Clock clock;

    public StockService(Database db, ChangeRecorder recorder, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Goods received: a positive quantity. */
    public StockLevel receive(Actor actor, String productId, long quantity, String note) {
        RoleMatrix.require(actor, ChangeAction.RECEIVE_STOCK, ErrorText.ACTION_RECEIVE_STOCK);
        if (quantity <= 0) throw new ValidationException("quantity", ErrorText.RECEIVE_QUANTITY_MIN);
        return move(actor, productId, quantity, MovementKind.RECEIVE, ChangeAction.RECEIVE_STOCK,
                Text.optional("reason", note, 400, ErrorText.LABEL_NOTE));
    }

    /** A correction after counting, breakage, theft: a non-zero delta and a reason are required. */
    public StockLevel adjust(Actor actor, String productId, long delta, String reason) {
        RoleMatrix.require(actor, ChangeAction.ADJUST_STOCK, ErrorText.ACTION_ADJUST_STOCK);
        if (delta == 0) throw new ValidationException("delta", ErrorText.ADJUST_ZERO);
        return move(actor, productId, delta, MovementKind.ADJUST, ChangeAction.ADJUST_STOCK,
                Text.required("reason", reason, 400, ErrorText.LABEL_REASON_ADJUST));
    }

    private StockLevel move(Actor actor, String productId, long delta, MovementKind kind, ChangeAction action,
                            String reason) {
        String movementId = Ids.newId();
        return db.inTransaction(tx -> {
            requireProduct(tx, actor.shopId(), productId);
            applyDelta(tx, actor.shopId(), productId, delta, clock.millis());
            insertMovement(tx, actor, movementId, productId, delta, kind, reason, null, clock.millis());
            recorder.record(tx, new Change(Change.streamKey(EntityType.STOCK, productId), EntityType.STOCK, productId,
                    action.name(), Payloads.toJson(new StockDeltaPayload(movementId, productId, delta, kind, reason)),
                    Payloads.VERSION, null, actor.userId(),
                    List.of(Change.streamKey(EntityType.PRODUCT, productId))));
            return load(tx, actor.shopId(), productId).orElseThrow();
        });
    }

    public Optional<StockLevel> level(String shopId, String productId) {
        return load(db.dsl(), shopId, productId);
    }

    /** Active products with their stock, by name; {@code query} filters by name, SKU or barcode. */
    public Page<StockLevel> levels(String shopId, String query, PageRequest page) {
        var where = PRODUCT.SHOP_ID.eq(shopId).and(PRODUCT.DELETED_AT.isNull());
        if (query != null && !query.isBlank()) {
            where = where.and(PRODUCT.NAME_SEARCH.like(Text.containsPattern(query), '!')
                    .or(PRODUCT.SKU.startsWith(query.strip())).or(PRODUCT.BARCODE.startsWith(query.strip())));
        }
        return Page.of(select(db.dsl()).where(where).orderBy(PRODUCT.NAME_SEARCH, PRODUCT.ID)
                .limit(page.limit() + 1).offset(page.offset()).fetch(StockService::level), page);
    }

    /** Active products at or below their low-stock level, emptiest first. */
    public List<StockLevel> lowStock(String shopId) {
        return select(db.dsl()).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.DELETED_AT.isNull())
                .and(STOCK.QUANTITY.le(PRODUCT.LOW_STOCK_LEVEL))
                .orderBy(STOCK.QUANTITY, PRODUCT.NAME_SEARCH).fetch(StockService::level);
    }

    /** Adds {@code delta} to the product's stock row (created at 0 if missing) inside {@code tx}. */
    public static void applyDelta(DSLContext tx, String shopId, String productId, long delta, long now) {
        int n = tx.update(STOCK).set(STOCK.QUANTITY, STOCK.QUANTITY.plus(delta)).set(STOCK.UPDATED_AT, now)
                .where(STOCK.SHOP_ID.eq(shopId)).and(STOCK.PRODUCT_ID.eq(productId)).execute();
        if (n == 0) {
            tx.insertInto(STOCK).set(STOCK.SHOP_ID, shopId).set(STOCK.PRODUCT_ID, productId)
                    .set(STOCK.QUANTITY, delta).set(STOCK.VERSION, 0L).set(STOCK.UPDATED_AT, now).execute();
        }
    }

    /**
     * One item's stock change within a larger write (a bill's lines): the movement id (when it is recorded in
     * stock_movement), the product and the delta.
     */
    public record Move(String movementId, String productId, long delta) {
    }

    /**
     * Adds each move's delta to its product's stock row inside {@code tx}, as one batch of a single prepared
     * update (one round trip on PostgreSQL, one statement preparation on SQLite); rows still missing are created.
     */
    private static final Param<Long> DELTA = JdbcStatement.param("delta", STOCK.QUANTITY);
    private static final JdbcStatement ADD_TO_STOCK = JdbcStatement.of(tx -> tx.update(STOCK)
            .set(STOCK.QUANTITY, STOCK.QUANTITY.plus(DELTA)).set(STOCK.UPDATED_AT, JdbcStatement.param(STOCK.UPDATED_AT))
            .where(STOCK.SHOP_ID.eq(JdbcStatement.param(STOCK.SHOP_ID))).and(STOCK.PRODUCT_ID.eq(JdbcStatement.param(STOCK.PRODUCT_ID))));

    public static void applyDeltas(DSLContext tx, String shopId, List<Move> moves, long now) {
        if (moves.size() == 1) {
            applyDelta(tx, shopId, moves.get(0).productId(), moves.get(0).delta(), now);
            return;
        }
        int[] counts = ADD_TO_STOCK.executeBatch(tx, moves, (v, m) -> v.set(DELTA, m.delta()).set(STOCK.UPDATED_AT, now)
                .set(STOCK.SHOP_ID, shopId).set(STOCK.PRODUCT_ID, m.productId()));
        // A product without a stock row yet: its update counted 0 (SUCCESS_NO_INFO, -2, is a row updated). One at a
        // time, so a second line of the same product updates the row the first one created.
        for (int i = 0; i < moves.size(); i++) {
            if (counts[i] == 0) applyDelta(tx, shopId, moves.get(i).productId(), moves.get(i).delta(), now);
        }
    }

    /** Records the moves in stock_movement with one multi-row insert. */
    public static void insertMovements(DSLContext tx, Actor actor, List<Move> moves, MovementKind kind, String reason,
                                       String billId, long now) {
        var insert = tx.insertInto(STOCK_MOVEMENT, STOCK_MOVEMENT.ID, STOCK_MOVEMENT.SHOP_ID, STOCK_MOVEMENT.PRODUCT_ID,
                STOCK_MOVEMENT.DELTA, STOCK_MOVEMENT.KIND, STOCK_MOVEMENT.REASON, STOCK_MOVEMENT.BILL_ID,
                STOCK_MOVEMENT.USER_ID, STOCK_MOVEMENT.CREATED_AT);
        for (Move m : moves) {
            insert = insert.values(m.movementId(), actor.shopId(), m.productId(), m.delta(), kind.code(), reason, billId,
                    actor.userId(), now);
        }
        insert.execute();
    }

    public static void insertMovement(DSLContext tx, Actor actor, String id, String productId, long delta,
                                      MovementKind kind, String reason, String billId, long now) {
        insertMovements(tx, actor, List.of(new Move(id, productId, delta)), kind, reason, billId, now);
    }

    private static void requireProduct(DSLContext tx, String shopId, String productId) {
        if (!tx.fetchExists(PRODUCT, PRODUCT.ID.eq(productId).and(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.DELETED_AT.isNull()))) {
            throw new NotFoundException(ErrorText.NOUN_PRODUCT, productId);
        }
    }

    private static Optional<StockLevel> load(DSLContext dsl, String shopId, String productId) {
        return select(dsl).where(PRODUCT.SHOP_ID.eq(shopId)).and(PRODUCT.ID.eq(productId)).fetchOptional(StockService::level);
    }

    private static org.jooq.SelectOnConditionStep<org.jooq.Record6<String, String, String, Long, Long, Long>> select(
            DSLContext dsl) {
        return dsl.select(PRODUCT.ID, PRODUCT.SKU, PRODUCT.NAME, PRODUCT.LOW_STOCK_LEVEL, STOCK.QUANTITY, STOCK.VERSION)
                .from(PRODUCT).leftJoin(STOCK).on(STOCK.PRODUCT_ID.eq(PRODUCT.ID).and(STOCK.SHOP_ID.eq(PRODUCT.SHOP_ID)));
    }

    private static StockLevel level(Record r) {
        Long q = r.get(STOCK.QUANTITY);
        Long v = r.get(STOCK.VERSION);
        return new StockLevel(r.get(PRODUCT.ID), r.get(PRODUCT.SKU), r.get(PRODUCT.NAME), q == null ? 0 : q,
                r.get(PRODUCT.LOW_STOCK_LEVEL), v == null ? 0 : v);
    }
}
