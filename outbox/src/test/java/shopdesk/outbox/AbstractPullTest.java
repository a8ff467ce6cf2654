package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.PRODUCT;
import static shopdesk.db.Tables.SYNC_QUEUE;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.common.Ids;
import shopdesk.dal.product.ProductDraft;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.support.OutboxTestBase;
import shopdesk.outbox.support.StubCloud;
import shopdesk.outbox.support.StubCloud.Reply;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.FeedChange;
import shopdesk.protocol.Json;
import shopdesk.protocol.PullResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;
import shopdesk.protocol.payload.StockLevelPayload;

/** Pulling the shop's feed: applied locally, never queued again, never overwriting un-sent local edits. */
public abstract class AbstractPullTest extends OutboxTestBase {
    private final List<String> cursors = new ArrayList<>();

    @BeforeEach
    void forgetCursors() {
        cursors.clear();
    }

    @Test
    void pulledCatalogAndStockAreStoredWithoutBeingQueued() {
        String id = Ids.newId();
        feed(page("c1", false,
                change(1, "product", id, 1L, new ProductPayload(id, "NEW-1", "890123", "Coffee 1kg", 54_000, 1_200, 5, 1, false), "other-till"),
                change(2, "stock", id, 3L, new StockLevelPayload(id, 40, 3), "other-till")));
        var result = outbox.pullNow();
        assertThat(result.changes()).isEqualTo(2);
        assertThat(result.completed()).isTrue();
        var row = db.dsl().selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOne();
        assertThat(row.getName()).isEqualTo("Coffee 1kg");
        assertThat(row.getNameSearch()).isEqualTo("coffee 1kg");
        assertThat(row.getVersion()).isEqualTo(1);
        assertThat(row.getShopId()).isEqualTo(shopId);
        assertThat(stockOf(id)).isEqualTo(40);
        assertThat(db.dsl().fetchCount(SYNC_QUEUE)).as("nothing pulled is pushed back").isZero();
        assertThat(outbox.health().lastPullAt()).isEqualTo(StubCloud.SERVER_TIME);
    }

    @Test
    void aPulledProductBringsItsPictureAndAStateWithoutOneKeepsIt() {
        String id = Ids.newId();
        String png = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        feed(page("c1", false, change(1, "product", id, 1L, new ProductPayload(id, "PIC-1", null, "Tea", 1_000, 0, 0, 1,
                false, null, false, false, png), "other-till")));
        outbox.pullNow();
        assertThat(imageOf(id)).isEqualTo(png);

        feed(page("c2", false, change(2, "product", id, 2L, new ProductPayload(id, "PIC-1", null, "Tea", 1_100, 0, 0, 2,
                false), "older-server")));
        outbox.pullNow();
        assertThat(imageOf(id)).as("a state without the field keeps the picture").isEqualTo(png);

        feed(page("c3", false, change(3, "product", id, 3L, new ProductPayload(id, "PIC-1", null, "Tea", 1_100, 0, 0, 3,
                false, null, false, false, ""), "other-till")));
        outbox.pullNow();
        assertThat(imageOf(id)).as("\"\" removes it").isNull();
    }

    private String imageOf(String productId) {
        return db.dsl().select(PRODUCT.IMAGE).from(PRODUCT).where(PRODUCT.ID.eq(productId)).fetchOne(PRODUCT.IMAGE);
    }

    @Test
    void pagesAreFollowedFromTheStoredCursor() {
        String a = Ids.newId(), b = Ids.newId();
        cloud.onPull(cursor -> {
            cursors.add(cursor);
            if (cursor == null) return page("p1", true, change(1, "product", a, 1L, product(a, "A-1", "A", 1), "x"));
            if (cursor.equals("p1")) return page("p2", false, change(2, "product", b, 1L, product(b, "B-1", "B", 1), "x"));
            return page(cursor, false);
        });
        outbox.pullNow();
        outbox.pullNow();
        assertThat(cursors).containsExactly(null, "p1", "p2");
        assertThat(db.dsl().fetchCount(PRODUCT, PRODUCT.ID.in(a, b))).isEqualTo(2);
    }

    @Test
    void aNewerCloudVersionOverAnUnsentLocalEditBecomesAConflict() {
        products.update(supervisor, product.id(), 1, new ProductDraft("SKU-1", null, "Our rename", 25_000, 500, 0));
        feed(page("c1", false, change(1, "product", product.id(), 2L, product(product.id(), "SKU-1", "Head office name", 2), "back-office")));
        outbox.pullNow();
        assertThat(db.dsl().select(PRODUCT.NAME).from(PRODUCT).where(PRODUCT.ID.eq(product.id())).fetchOne(PRODUCT.NAME))
                .as("the local edit is kept").isEqualTo("Our rename");
        QueuedEntry e = all().get(0);
        assertThat(e.state()).isEqualTo(DeliveryState.CONFLICT);
        var detail = outbox.view().entry(e.seq()).orElseThrow();
        assertThat(detail.conflict().serverVersion()).isEqualTo(2);
        assertThat(detail.conflict().serverState().get("name").getAsString()).isEqualTo("Head office name");
        // the dialog can take theirs from it
        outbox.resolutions().takeTheirs(supervisor, e.seq(), "head office wins");
        assertThat(db.dsl().select(PRODUCT.NAME).from(PRODUCT).where(PRODUCT.ID.eq(product.id())).fetchOne(PRODUCT.NAME))
                .isEqualTo("Head office name");
    }

    @Test
    void ourOwnEchoDoesNotConflictWithALaterLocalEdit() {
        products.update(supervisor, product.id(), 1, new ProductDraft("SKU-1", null, "v2", 25_000, 500, 0));
        outbox.pushOnce();
        products.update(supervisor, product.id(), 2, new ProductDraft("SKU-1", null, "v3", 25_000, 500, 0));
        feed(page("c1", false, change(1, "product", product.id(), 2L, product(product.id(), "SKU-1", "v2", 2), deviceId)));
        outbox.pullNow();
        assertThat(all()).extracting(QueuedEntry::state).containsExactly(DeliveryState.DONE, DeliveryState.PENDING);
        assertThat(db.dsl().select(PRODUCT.NAME).from(PRODUCT).where(PRODUCT.ID.eq(product.id())).fetchOne(PRODUCT.NAME)).isEqualTo("v3");
    }

    @Test
    void aPulledStockLevelKeepsThisTillsUndeliveredSalesOff() {
        sell(product.id(), 5);
        sell(product.id(), 2);
        outbox.pushOnce(); // both delivered... then one more sold offline
        sell(product.id(), 3);
        // the cloud's level includes the two delivered sales (100 - 7) and another till's sale of 10
        feed(page("c1", false, change(1, "stock", product.id(), 9L, new StockLevelPayload(product.id(), 83, 9), "other-till")));
        outbox.pullNow();
        assertThat(stockOf(product.id())).isEqualTo(80);
    }

    @Test
    void aPulledBillNumberFillsInALostPushAnswer() {
        Bill b = sell(product.id(), 1);
        var payload = new BillPayload(b.id(), deviceId, cashier.userId(), null, b.localNumber(), b.localLabel(), b.clientCreatedAt(),
                b.subtotal(), b.taxTotal(), b.total(), List.of(), List.of(), null, 42L, BillStatus.COMPLETED);
        feed(page("c1", false, change(1, "bill", b.id(), 1L, payload, deviceId)));
        outbox.pullNow();
        assertThat(db.dsl().select(BILL.SERVER_NUMBER).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.SERVER_NUMBER)).isEqualTo(42L);
    }

    @Test
    void aPulledBillFillsItsLegalLabelWhenThePushAnswerWasLost() {
        Bill lost = sell(product.id(), 1);
        Bill older = sell(product.id(), 1);
        var payload = Payloads.gson().toJsonTree(billPayload(lost, 42L)).getAsJsonObject();
        payload.addProperty("legalLabel", "INV/2026-27/42");
        // a bill numbered by an answer that had no label (a server before series) gets the label alone
        db.dsl().update(BILL).set(BILL.SERVER_NUMBER, 43L).where(BILL.ID.eq(older.id())).execute();
        var olderPayload = Payloads.gson().toJsonTree(billPayload(older, 43L)).getAsJsonObject();
        olderPayload.addProperty("legalLabel", "INV/2026-27/43");
        feed(page("c1", false, change(1, "bill", lost.id(), 1L, payload, deviceId),
                change(2, "bill", older.id(), 1L, olderPayload, deviceId)));
        outbox.pullNow();
        assertThat(legalLabel(lost.id())).isEqualTo("INV/2026-27/42");
        assertThat(legalLabel(older.id())).isEqualTo("INV/2026-27/43");
        assertThat(db.dsl().select(BILL.SERVER_NUMBER).from(BILL).where(BILL.ID.eq(lost.id())).fetchOne(BILL.SERVER_NUMBER))
                .isEqualTo(42L);
    }

    private BillPayload billPayload(Bill b, long number) {
        return new BillPayload(b.id(), deviceId, cashier.userId(), null, b.localNumber(), b.localLabel(), b.clientCreatedAt(),
                b.subtotal(), b.taxTotal(), b.total(), List.of(), List.of(), null, number, BillStatus.COMPLETED);
    }

    private String legalLabel(String billId) {
        return db.dsl().select(BILL.LEGAL_LABEL).from(BILL).where(BILL.ID.eq(billId)).fetchOne(BILL.LEGAL_LABEL);
    }

    @Test
    void aPulledBillOfAnotherTillNeverMovesThisTillsCounterNorFillsItsBills() {
        Bill mine = sell(product.id(), 1);
        long huge = Long.MAX_VALUE;
        // another till's bill claiming this till's device and this till's bill id, pushed by that till
        var forged = new BillPayload(mine.id(), deviceId, cashier.userId(), null, huge, "T1-X", mine.clientCreatedAt(),
                mine.subtotal(), mine.taxTotal(), mine.total(), List.of(), List.of(), null, 77L, BillStatus.COMPLETED);
        feed(page("c1", false, change(1, "bill", mine.id(), 1L, forged, "other-till")));
        outbox.pullNow();
        assertThat(db.dsl().select(BILL.SERVER_NUMBER).from(BILL).where(BILL.ID.eq(mine.id())).fetchOne(BILL.SERVER_NUMBER)).isNull();
        Bill next = sell(product.id(), 1);
        assertThat(next.localNumber()).isEqualTo(mine.localNumber() + 1);
    }

    @Test
    void aFailedPullKeepsTheCursor() {
        feed(page("c1", false));
        outbox.pullNow();
        cloud.onPull(cursor -> new Reply(200, "not json", java.util.Map.of()));
        assertThat(outbox.pullNow().completed()).isFalse();
        cloud.onPull(cursor -> {
            cursors.add(cursor);
            return page(cursor, false);
        });
        outbox.pullNow();
        assertThat(cursors).containsExactly("c1");
    }

    // ---- helpers ----

    private void feed(Reply reply) {
        cloud.onPull(cursor -> reply);
    }

    private static ProductPayload product(String id, String sku, String name, long version) {
        return new ProductPayload(id, sku, null, name, 1_000, 0, 0, version, false);
    }

    private static FeedChange change(long seq, String type, String id, Long version, Object payload, String origin) {
        return new FeedChange(seq, type, id, "UPSERT", version, Json.gson().toJsonTree(payload).getAsJsonObject(), origin, StubCloud.SERVER_TIME);
    }

    private static Reply page(String next, boolean more, FeedChange... changes) {
        return Reply.json(200, new PullResponse(List.of(changes), next, more, StubCloud.SERVER_TIME));
    }
}
