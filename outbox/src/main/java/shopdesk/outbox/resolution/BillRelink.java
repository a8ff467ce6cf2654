package shopdesk.outbox.resolution;

import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.stock.StockService;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;

/**
 * A bill the server refused for products it does not have, re-pointed to the server's products with the same SKU
 * (or barcode) and sent again: {@link ProductRepair#relinkBill}, inside its transaction.
 */
final class BillRelink {
    private final SyncQueueStore store;
    private final PayloadMigrations migrations;
    private final Clock clock;
    private final AuditLog audit;
    private final ApprovalSigner signer;

    BillRelink(SyncQueueStore store, PayloadMigrations migrations, Clock clock, AuditLog audit, ApprovalSigner signer) {
        this.store = store;
        this.migrations = migrations;
        this.clock = clock;
        this.audit = audit;
        this.signer = signer;
    }

    Map<String, String> relink(DSLContext tx, Actor actor, long seq, String reason) {
        {
            RoleMatrix.require(actor, Resolution.TAKE_THEIRS, ErrorText.ACTION_RELINK_BILL);
            QueuedEntry e = store.find(tx, seq);
            if (e == null) throw new NotFoundException(ErrorText.NOUN_SYNC_ENTRY, Long.toString(seq));
            if (!ChangeAction.CREATE_BILL.name().equals(e.action()) || !e.state().isParked()) {
                throw new InvalidStateException("state", ErrorText.ENTRY_NOT_REFUSED_BILL, seq, e.action(), e.state());
            }
            Map<String, String> moves = new LinkedHashMap<>();
            for (var line : tx.selectDistinct(BILL_ITEM.PRODUCT_ID, BILL_ITEM.SKU).from(BILL_ITEM)
                    .where(BILL_ITEM.BILL_ID.eq(e.entityId())).fetch()) {
                String from = line.value1();
                if (moves.containsKey(from) || !unknownToServer(tx, e, from)) continue;
                moves.put(from, serverProduct(tx, actor.shopId(), from, line.value2()).orElseThrow(() -> new InvalidStateException(
                        "product", ErrorText.SERVER_SKU_NOT_HERE, line.value2())));
            }
            if (moves.isEmpty()) throw new InvalidStateException("product", ErrorText.SERVER_KNOWS_ALL);
            long now = clock.millis();
            for (var m : moves.entrySet()) {
                Long sold = tx.select(DSL.sum(BILL_ITEM.QUANTITY)).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(e.entityId()))
                        .and(BILL_ITEM.PRODUCT_ID.eq(m.getKey())).fetchOne(0, Long.class);
                tx.update(BILL_ITEM).set(BILL_ITEM.PRODUCT_ID, m.getValue()).where(BILL_ITEM.BILL_ID.eq(e.entityId()))
                        .and(BILL_ITEM.PRODUCT_ID.eq(m.getKey())).execute();
                tx.update(STOCK_MOVEMENT).set(STOCK_MOVEMENT.PRODUCT_ID, m.getValue()).where(STOCK_MOVEMENT.BILL_ID.eq(e.entityId()))
                        .and(STOCK_MOVEMENT.PRODUCT_ID.eq(m.getKey())).execute();
                StockService.applyDelta(tx, actor.shopId(), m.getKey(), sold, now);
                StockService.applyDelta(tx, actor.shopId(), m.getValue(), -sold, now);
            }
            List<Long> resent = Requeue.streams(tx, store, migrations, signer, List.of(e.streamKey()), Long.MAX_VALUE,
                    (o, payload) -> repoint(o, payload, moves), now);
            ResolutionLog.write(audit, store, tx, actor, seq, ResolutionAction.RELINK_BILL_PRODUCT, reason, null,
                    "bill " + e.entityId() + ": products " + moves + "; re-sent " + resent, now);
            return moves;
        }
    }

    /** The server named the product in its refusal, or this till no longer has it (its create was discarded). */
    private static boolean unknownToServer(DSLContext tx, QueuedEntry bill, String productId) {
        if (bill.lastError() != null && bill.lastError().contains(productId)) return true;
        return !tx.fetchExists(PRODUCT, PRODUCT.ID.eq(productId), PRODUCT.DELETED_AT.isNull());
    }

    /** Another live product with the SKU (or the local one's barcode) whose create is not waiting to be sent. */
    private Optional<String> serverProduct(DSLContext tx, String shopId, String from, String sku) {
        String barcode = tx.select(PRODUCT.BARCODE).from(PRODUCT).where(PRODUCT.ID.eq(from)).fetchOne(PRODUCT.BARCODE);
        var bySku = tx.select(PRODUCT.ID).from(PRODUCT).where(PRODUCT.SHOP_ID.eq(shopId), PRODUCT.SKU.eq(sku == null ? "" : sku),
                PRODUCT.ID.ne(from), PRODUCT.DELETED_AT.isNull()).fetch(PRODUCT.ID);
        List<String> candidates = new ArrayList<>(bySku);
        ProductRepair.sameBarcode(tx, shopId, from, barcode).ifPresent(candidates::add);
        return candidates.stream().filter(id -> store.openEntriesOfStream(tx, Change.streamKey(EntityType.PRODUCT, id)).stream()
                .noneMatch(o -> ChangeAction.CREATE_PRODUCT.name().equals(o.action()))).findFirst();
    }

    /** A bill's entry with its lines and dependencies moved from local products to the server's ({@code moves}). */
    private Change repoint(QueuedEntry o, JsonObject payload, Map<String, String> moves) {
        List<String> deps = new ArrayList<>();
        for (String k : o.dependsOn()) {
            String to = moves.get(k.startsWith(EntityType.PRODUCT + ":") ? k.substring(EntityType.PRODUCT.length() + 1) : "");
            deps.add(to == null ? k : Change.streamKey(EntityType.PRODUCT, to));
        }
        if (payload.has("items") && payload.get("items").isJsonArray()) {
            for (JsonElement i : payload.getAsJsonArray("items")) {
                String to = moves.get(i.getAsJsonObject().get("productId").getAsString());
                if (to != null) i.getAsJsonObject().addProperty("productId", to);
            }
        }
        return new Change(o.streamKey(), o.entityType(), o.entityId(), o.action(), payload.toString(), migrations.current(),
                o.baseVersion(), o.userId(), deps.stream().distinct().toList());
    }
}
