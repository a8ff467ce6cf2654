package shopdesk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.AUDIT_LOG;
import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_ITEM;
import static shopdesk.db.Tables.PAYMENT;
import static shopdesk.db.Tables.PRODUCT;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.product.Product;
import shopdesk.dal.product.ProductDraft;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.support.OutboxTestBase;
import shopdesk.outbox.support.StubCloud;
import shopdesk.outbox.support.StubCloud.Reply;
import shopdesk.protocol.Conflict;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.Json;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ProductPayload;

/** What a cashier or supervisor can do about parked entries: role-checked, audited, never editing an entry. */
public abstract class AbstractResolutionTest extends OutboxTestBase {

    @Test
    void retryingAFailedEntryNeedsASupervisorAndIsAudited() {
        sell(product.id(), 1);
        long seq = lastSeq();
        cloud.onPush(r -> Reply.json(422, "{\"code\":\"VALIDATION\",\"message\":\"nope\"}"));
        outbox.pushOnce();
        assertThat(state(seq)).isEqualTo(DeliveryState.FAILED);

        assertThatThrownBy(() -> outbox.resolutions().retryNow(cashier, seq, "try again"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> outbox.resolutions().retryNow(supervisor, seq, " "))
                .isInstanceOf(ValidationException.class);
        assertThat(state(seq)).isEqualTo(DeliveryState.FAILED);

        cloud.onPush(cloud::applyAll);
        outbox.resolutions().retryNow(supervisor, seq, "server fixed the rule");
        assertThat(state(seq)).isEqualTo(DeliveryState.PENDING);
        outbox.pushOnce();
        assertThat(state(seq)).isEqualTo(DeliveryState.DONE);

        var trail = outbox.view().entry(seq).orElseThrow().resolutions();
        assertThat(trail).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("RETRY_NOW");
            assertThat(r.userId()).isEqualTo(supervisor.userId());
            assertThat(r.reason()).isEqualTo("server fixed the rule");
        });
        assertThat(db.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq(AuditAction.SYNC_RETRY_NOW.code())).fetch())
                .singleElement().satisfies(a -> {
                    assertThat(a.getUserId()).isEqualTo(supervisor.userId());
                    assertThat(a.getReason()).isEqualTo("server fixed the rule");
                    assertThat(a.getEntityId()).isEqualTo(Long.toString(seq));
                });
    }

    @Test
    void aCashierMayRetryAWaitingEntryNow() {
        sell(product.id(), 1);
        cloud.onPush(r -> Reply.json(503, "{}"));
        outbox.pushOnce();
        assertThat(outbox.pushOnce().claimed()).isZero();
        outbox.resolutions().retryNow(cashier, lastSeq(), "customer waiting for the invoice");
        cloud.onPush(cloud::applyAll);
        outbox.pushOnce();
        assertThat(state(lastSeq())).isEqualTo(DeliveryState.DONE);
    }

    @Test
    void discardingNeedsASupervisorAndUnblocksTheStream() {
        Product p = newProduct("P-1");
        products.update(supervisor, p.id(), 1, new ProductDraft("P-1", null, "Renamed", 1_000, 0, 0));
        cloud.onPush(r -> Reply.json(422, "{\"message\":\"bad\"}"));
        outbox.pushOnce();
        List<QueuedEntry> e = all();
        assertThatThrownBy(() -> outbox.resolutions().discard(cashier, e.get(0).seq(), "junk"))
                .isInstanceOf(PermissionDeniedException.class);
        outbox.resolutions().discard(supervisor, e.get(0).seq(), "duplicate of the back-office product");
        assertThat(state(e.get(0).seq())).isEqualTo(DeliveryState.DISCARDED);
        cloud.onPush(cloud::applyAll);
        outbox.pushOnce();
        assertThat(state(e.get(1).seq())).as("the stream's next entry goes now").isEqualTo(DeliveryState.DONE);
        assertThatThrownBy(() -> outbox.resolutions().discard(supervisor, e.get(1).seq(), "too late"))
                .isInstanceOf(InvalidStateException.class);
    }

    /** The conflict dialog's base column: the record before the first unsent edit, kept until the run is sent. */
    @Test
    void theBaseIsTheRecordBeforeTheFirstUnsentEditKeptWhileTheStreamIsOpen() {
        products.update(supervisor, product.id(), 1, new ProductDraft("SKU-1", null, "Tea 500g", 26_000, 500, 0));
        products.update(supervisor, product.id(), 2, new ProductDraft("SKU-1", null, "Tea 500g", 26_000, 500, 9));
        ProductPayload base = Payloads.fromJson(outbox.view().entry(lastSeq()).orElseThrow().baseState(), ProductPayload.class);
        assertThat(base.unitPrice()).isEqualTo(25_000);
        assertThat(base.lowStockLevel()).isZero();
        assertThat(base.version()).isEqualTo(1);
        assertThatThrownBy(() -> products.update(supervisor, product.id(), 1, new ProductDraft("SKU-1", null, "Stale", 1, 0, 0)))
                .isInstanceOf(shopdesk.dal.error.StaleVersionException.class);
        cloud.onPush(cloud::applyAll);
        for (int i = 0; i < 3; i++) outbox.pushOnce(); // one entry of a stream per push
        assertThat(all()).extracting(QueuedEntry::state).containsOnly(DeliveryState.DONE);
        products.update(supervisor, product.id(), 3, new ProductDraft("SKU-1", null, "Tea 500g", 27_000, 500, 9));
        ProductPayload next = Payloads.fromJson(outbox.view().entry(lastSeq()).orElseThrow().baseState(), ProductPayload.class);
        assertThat(next.unitPrice()).as("a new run of edits starts from the delivered record").isEqualTo(26_000);
        assertThat(next.lowStockLevel()).isEqualTo(9);
    }

    @Test
    void forcePushSupersedesTheStreamWithAnEntryAgainstTheServersVersion() {
        Product p = versionConflictOnProduct();
        long conflicted = all().get(0).seq();
        long newSeq = outbox.resolutions().forcePush(supervisor, conflicted, "our price is right");
        QueuedEntry fresh = entry(newSeq);
        assertThat(fresh.baseVersion()).isEqualTo(7);
        assertThat(Payloads.fromJson(fresh.payload(), ProductPayload.class).version()).isEqualTo(8);
        assertThat(Payloads.fromJson(fresh.payload(), ProductPayload.class).name()).isEqualTo("Ours v3");
        assertThat(all()).filteredOn(x -> x.seq() != newSeq).extracting(QueuedEntry::state)
                .containsOnly(DeliveryState.SUPERSEDED);
        assertThat(entry(conflicted).supersededBy()).isEqualTo(newSeq);
        assertThat(db.dsl().select(PRODUCT.VERSION).from(PRODUCT).where(PRODUCT.ID.eq(p.id())).fetchOne(PRODUCT.VERSION)).isEqualTo(8);
        cloud.onPush(cloud::applyAll);
        outbox.pushOnce();
        assertThat(state(newSeq)).isEqualTo(DeliveryState.DONE);
        assertThat(outbox.view().entry(conflicted).orElseThrow().resolutions()).singleElement()
                .satisfies(r -> assertThat(r.newSeq()).isEqualTo(newSeq));
    }

    @Test
    void takeTheirsWritesTheServerStateAndClosesTheStream() {
        Product p = versionConflictOnProduct();
        long conflicted = all().get(0).seq();
        outbox.resolutions().takeTheirs(supervisor, conflicted, "head office price wins");
        var row = db.dsl().selectFrom(PRODUCT).where(PRODUCT.ID.eq(p.id())).fetchOne();
        assertThat(row.getName()).isEqualTo("Theirs");
        assertThat(row.getUnitPrice()).isEqualTo(999);
        assertThat(row.getVersion()).isEqualTo(7);
        assertThat(all()).extracting(QueuedEntry::state).containsOnly(DeliveryState.DISCARDED);
        assertThat(auditRecords()).singleElement().satisfies(a -> {
            var p2 = Payloads.fromJson(a.payload(), shopdesk.protocol.payload.AuditRecordPayload.class);
            assertThat(p2.action()).isEqualTo("sync.take-theirs");
            assertThat(p2.userId()).isEqualTo(supervisor.userId());
            assertThat(p2.reason()).isEqualTo("head office price wins");
            assertThat(p2.entityId()).isEqualTo(p.id());
        });
        cloud.onPush(cloud::applyAll);
        assertThat(outbox.pushOnce().claimed()).as("only the audit record is sent").isEqualTo(1);
    }

    @Test
    void aStockConflictCanBeVoidedWithStockRestored() {
        Bill b = stockConflictOn(4);
        long seq = lastSeq();
        assertThat(stockOf(product.id())).isEqualTo(96);
        assertThatThrownBy(() -> outbox.resolutions().voidBillAndRestore(cashier, seq, "no stock"))
                .isInstanceOf(PermissionDeniedException.class);
        outbox.resolutions().voidBillAndRestore(supervisor, seq, "goods were never there");
        assertThat(stockOf(product.id())).isEqualTo(100);
        var row = db.dsl().selectFrom(BILL).where(BILL.ID.eq(b.id())).fetchOne();
        assertThat(row.getStatus()).isEqualTo("VOIDED");
        assertThat(row.getVoidedBy()).isEqualTo(supervisor.userId());
        assertThat(state(seq)).isEqualTo(DeliveryState.SUPERSEDED);
        assertThat(row.getSyncState()).isEqualTo("PENDING");
        // the bill still goes to the server (with the override, so stock cannot refuse it), then its void
        List<QueuedEntry> queued = all().stream().filter(q -> q.state() == DeliveryState.PENDING).toList();
        assertThat(queued).extracting(QueuedEntry::action).containsExactly("CREATE_BILL", "VOID_BILL");
        assertThat(Payloads.fromJson(queued.get(0).payload(), BillPayload.class).overrideUserId()).isEqualTo(supervisor.userId());
        assertThat(db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.SYNC_VOID_BILL_AND_RESTORE.code()))).isEqualTo(1);
    }

    @Test
    void aStockConflictCanBeResolvedByReducingQuantities() {
        Bill b = stockConflictOn(4);
        long seq = lastSeq();
        long newSeq = outbox.resolutions().reduceQuantities(supervisor, seq, Map.of(product.id(), 2L), "only 2 on the shelf");
        assertThat(state(seq)).isEqualTo(DeliveryState.SUPERSEDED);
        BillPayload sent = Payloads.fromJson(entry(newSeq).payload(), BillPayload.class);
        long expected = BillCalculator.line(new BillCalculator.Line(2, product.unitPrice(), product.taxRateBp())).total();
        assertThat(sent.items()).singleElement().satisfies(i -> assertThat(i.quantity()).isEqualTo(2));
        assertThat(sent.total()).isEqualTo(expected);
        assertThat(sent.payments()).extracting(BillPayload.Payment::amount).containsExactly(expected);
        assertThat(stockOf(product.id())).isEqualTo(98);
        assertThat(db.dsl().select(BILL.TOTAL).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.TOTAL)).isEqualTo(expected);
        assertThat(db.dsl().select(BILL_ITEM.QUANTITY).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(b.id())).fetchOne(BILL_ITEM.QUANTITY)).isEqualTo(2);
        assertThat(db.dsl().select(PAYMENT.AMOUNT).from(PAYMENT).where(PAYMENT.BILL_ID.eq(b.id())).fetchOne(PAYMENT.AMOUNT)).isEqualTo(expected);
        assertThatThrownBy(() -> outbox.resolutions().reduceQuantities(supervisor, newSeq, Map.of(product.id(), 5L), "more"))
                .isInstanceOf(InvalidStateException.class);
        cloud.onPush(cloud::applyAll);
        outbox.pushOnce();
        assertThat(state(newSeq)).isEqualTo(DeliveryState.DONE);
        assertThat(db.dsl().select(BILL.SYNC_STATE).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.SYNC_STATE)).isEqualTo("SYNCED");
    }

    @Test
    void reducingABillPaidPartNotePartCashGivesTheCashBackFirstAndTheRestToTheNote() {
        long one = BillCalculator.line(new BillCalculator.Line(1, product.unitPrice(), product.taxRateBp())).total();
        long two = BillCalculator.line(new BillCalculator.Line(2, product.unitPrice(), product.taxRateBp())).total();
        long four = BillCalculator.line(new BillCalculator.Line(4, product.unitPrice(), product.taxRateBp())).total();
        // an exchange left note T1-C000001 for two units' worth
        Bill first = sell(product.id(), 2);
        var back = new shopdesk.dal.returns.ReturnService(db, outbox.recorder(), clock).create(cashier,
                new shopdesk.dal.returns.ReturnDraft(first.id(), "VOUCHER", null, null,
                        List.of(new shopdesk.dal.returns.ReturnDraft.Line(1, null, 2, true)), null));
        var note = new shopdesk.dal.returns.StoreCreditService(db, outbox.recorder(), clock).issue(cashier, two, back.id(), null);
        // four units: cash first on the bill, then the note
        Bill b = bills.create(cashier, new shopdesk.dal.bill.BillDraft(null, List.of(new shopdesk.dal.bill.BillDraft.Line(product.id(), 4)),
                List.of(new shopdesk.dal.bill.BillDraft.PaymentDraft(shopdesk.dal.bill.PaymentMethod.CASH, four - two, four, null),
                        new shopdesk.dal.bill.BillDraft.PaymentDraft(shopdesk.dal.bill.PaymentMethod.STORE_CREDIT, two, two,
                                note.localLabel())), null));
        cloud.onPush(r -> Reply.json(200, new PushResponse(r.entries().stream().map(e -> e.entityId().equals(b.id())
                ? EntryResult.conflict(e.requestId(), new Conflict(Conflict.Kind.STOCK, "Not enough", null, null,
                        List.of(new Conflict.Shortfall(product.id(), "SKU-1", 4, 1))))
                : EntryResult.applied(e.requestId(), null)).toList(), StubCloud.SERVER_TIME)));
        for (int i = 0; i < 4; i++) outbox.pushOnce();
        long seq = outbox.store().openEntriesOfStream(db.dsl(), "bill:" + b.id()).get(0).seq();
        assertThat(state(seq)).isEqualTo(DeliveryState.CONFLICT);
        assertThat(shopdesk.dal.returns.NoteLedger.balance(db.dsl(), shopId, note.localLabel()).orElseThrow().left()).isZero();

        long newSeq = outbox.resolutions().reduceQuantities(supervisor, seq, Map.of(product.id(), 1L), "one was on the shelf");
        BillPayload sent = Payloads.fromJson(entry(newSeq).payload(), BillPayload.class);
        assertThat(sent.total()).isEqualTo(one);
        assertThat(sent.payments()).as("all the cash back, then the rest off the note")
                .extracting(BillPayload.Payment::method, BillPayload.Payment::amount, BillPayload.Payment::tendered,
                        BillPayload.Payment::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STORE_CREDIT", one, one, "T1-C000001"));
        assertThat(shopdesk.dal.returns.NoteLedger.balance(db.dsl(), shopId, note.localLabel()).orElseThrow().left())
                .as("the note's part comes back onto it").isEqualTo(two - one);
        assertThat(db.dsl().select(PAYMENT.METHOD).from(PAYMENT).where(PAYMENT.BILL_ID.eq(b.id())).fetch(PAYMENT.METHOD))
                .containsExactly("STORE_CREDIT");
    }

    @Test
    void aSupervisorCanOverrideStock() {
        Bill b = stockConflictOn(4);
        long seq = lastSeq();
        assertThatThrownBy(() -> outbox.resolutions().overrideStock(cashier, seq, "sell anyway"))
                .isInstanceOf(PermissionDeniedException.class);
        long newSeq = outbox.resolutions().overrideStock(supervisor, seq, "stock count is wrong, goods are here");
        assertThat(Payloads.fromJson(entry(newSeq).payload(), BillPayload.class).overrideUserId()).isEqualTo(supervisor.userId());
        assertThat(db.dsl().select(BILL.OVERRIDE_USER_ID).from(BILL).where(BILL.ID.eq(b.id())).fetchOne(BILL.OVERRIDE_USER_ID))
                .isEqualTo(supervisor.userId());
        assertThat(entry(newSeq).requestId()).isNotEqualTo(entry(seq).requestId());
    }

    @Test
    void billResolutionsRefuseOtherEntries() {
        Product p = versionConflictOnProduct();
        assertThat(p).isNotNull();
        assertThatThrownBy(() -> outbox.resolutions().overrideStock(supervisor, all().get(0).seq(), "x"))
                .isInstanceOf(InvalidStateException.class);
        assertThat(outbox.view().resolutions(shopdesk.dal.common.PageRequest.first(10)).items()).isEmpty();
    }

    /** A product edited twice here while the cloud moved to version 7; the first edit is a CONFLICT. */
    private Product versionConflictOnProduct() {
        Product p = products.create(supervisor, new ProductDraft("P-C", null, "Ours", 1_000, 0, 0));
        products.update(supervisor, p.id(), 1, new ProductDraft("P-C", null, "Ours v2", 1_000, 0, 0));
        products.update(supervisor, p.id(), 2, new ProductDraft("P-C", null, "Ours v3", 1_200, 0, 0));
        cloud.onPush(cloud::applyAll);
        outbox.pushOnce(); // the create goes through
        JsonObject theirs = Json.gson().toJsonTree(new ProductPayload(p.id(), "P-C", null, "Theirs", 999, 0, 0, 7, false)).getAsJsonObject();
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(EntryResult.conflict(r.entries().get(0).requestId(),
                new Conflict(Conflict.Kind.VERSION, "changed in the back office", 7L, theirs, null))), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        db.runInTransaction(tx -> tx.deleteFrom(shopdesk.db.Tables.SYNC_ATTEMPT).execute());
        // forget the delivered create so all() lists the stream's open entries only
        long created = all().get(0).seq();
        db.runInTransaction(tx -> {
            tx.deleteFrom(shopdesk.db.Tables.SYNC_DELIVERY).where(shopdesk.db.Tables.SYNC_DELIVERY.SEQ.eq(created)).execute();
            tx.deleteFrom(shopdesk.db.Tables.SYNC_QUEUE).where(shopdesk.db.Tables.SYNC_QUEUE.SEQ.eq(created)).execute();
        });
        assertThat(all()).extracting(QueuedEntry::state).containsExactly(DeliveryState.CONFLICT, DeliveryState.PENDING);
        return p;
    }

    @Test
    void reducingADiscountedBillKeepsItsDiscountsAndRecomputesItsTaxTable() {
        var line = new shopdesk.dal.bill.BillCalculator.Line(4, false, product.unitPrice(), product.taxRateBp(), false,
                shopdesk.dal.bill.Discount.percent(500));
        var billOff = shopdesk.dal.bill.Discount.percent(500);
        long total = BillCalculator.totals(List.of(line), billOff, shopdesk.dal.money.CashRounding.NONE).total();
        Bill b = bills.create(cashier, new shopdesk.dal.bill.BillDraft(null, List.of(new shopdesk.dal.bill.BillDraft.Line(
                product.id(), 4, null, null, line.discount())), List.of(shopdesk.dal.bill.BillDraft.PaymentDraft.exact(
                shopdesk.dal.bill.PaymentMethod.CASH, total)), null, billOff, "regular", null));
        conflictOnPush(4);
        long newSeq = outbox.resolutions().reduceQuantities(supervisor, lastSeq(), Map.of(product.id(), 2L), "only 2 on the shelf");
        BillPayload sent = Payloads.fromJson(entry(newSeq).payload(), BillPayload.class);
        var two = new shopdesk.dal.bill.BillCalculator.Line(2, false, product.unitPrice(), product.taxRateBp(), false,
                shopdesk.dal.bill.Discount.percent(500));
        var expected = BillCalculator.totals(List.of(two), billOff, shopdesk.dal.money.CashRounding.NONE);
        assertThat(sent.discount()).isEqualTo(new BillPayload.Discount("PERCENT", 500));
        assertThat(sent.items()).singleElement().satisfies(i -> assertThat(i.discount()).isNotNull());
        assertThat(List.of(sent.total(), sent.discountTotal(), sent.taxTotal())).containsExactly(expected.total(),
                expected.discount(), expected.tax());
        assertThat(sent.taxes()).isEqualTo(shopdesk.dal.bill.BillTerms.taxes(expected));
        assertThat(bills.findById(b.id()).orElseThrow().taxes()).isEqualTo(expected.taxes());
    }

    private void conflictOnPush(long quantity) {
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(EntryResult.conflict(r.entries().get(0).requestId(),
                new Conflict(Conflict.Kind.STOCK, "Not enough", null, null,
                        List.of(new Conflict.Shortfall(product.id(), "SKU-1", quantity, 2))))), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        assertThat(state(lastSeq())).isEqualTo(DeliveryState.CONFLICT);
    }

    private Bill stockConflictOn(long quantity) {
        Bill b = sell(product.id(), quantity);
        cloud.onPush(r -> Reply.json(200, new PushResponse(List.of(EntryResult.conflict(r.entries().get(0).requestId(),
                new Conflict(Conflict.Kind.STOCK, "Not enough", null, null,
                        List.of(new Conflict.Shortfall(product.id(), "SKU-1", quantity, 2))))), StubCloud.SERVER_TIME)));
        outbox.pushOnce();
        assertThat(state(lastSeq())).isEqualTo(DeliveryState.CONFLICT);
        return b;
    }
}
