package shopdesk.outbox.pull;

import static shopdesk.db.Tables.BILL_ITEM;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.ReturnPayload;
import shopdesk.protocol.payload.StockDeltaPayload;
import shopdesk.protocol.payload.VoidBillPayload;

/**
 * The stock moves this till made that the cloud has not seen yet, per product: undelivered (or parked) bills
 * take stock away, their voids and stock receipts/adjustments move it back. A pulled server level is shown
 * locally as server level + these moves, so a till never "forgets" what it sold offline.
 */
final class PendingStock {
    private static final List<String> ACTIONS = List.of(ChangeAction.CREATE_BILL.name(), ChangeAction.VOID_BILL.name(),
            ChangeAction.RECEIVE_STOCK.name(), ChangeAction.ADJUST_STOCK.name(), ChangeAction.CREATE_RETURN.name());

    private PendingStock() {
    }

    static Map<String, Long> compute(DSLContext tx, SyncQueueStore store) {
        Map<String, Long> delta = new HashMap<>();
        for (QueuedEntry e : store.openEntriesOfActions(tx, ACTIONS)) {
            switch (ChangeAction.valueOf(e.action())) {
                case CREATE_BILL -> {
                    BillPayload b = Payloads.fromJson(e.payload(), BillPayload.class);
                    if (b.items() != null) b.items().forEach(i -> delta.merge(i.productId(), -i.quantity(), Long::sum));
                }
                case VOID_BILL -> {
                    VoidBillPayload v = Payloads.fromJson(e.payload(), VoidBillPayload.class);
                    tx.select(BILL_ITEM.PRODUCT_ID, BILL_ITEM.QUANTITY).from(BILL_ITEM).where(BILL_ITEM.BILL_ID.eq(v.billId()))
                            .fetch().forEach(r -> delta.merge(r.value1(), r.value2(), Long::sum));
                }
                case RECEIVE_STOCK, ADJUST_STOCK -> {
                    StockDeltaPayload s = Payloads.fromJson(e.payload(), StockDeltaPayload.class);
                    delta.merge(s.productId(), s.delta(), Long::sum);
                }
                case CREATE_RETURN -> { // goods put back on the shelf
                    ReturnPayload r = Payloads.fromJson(e.payload(), ReturnPayload.class);
                    if (r.items() != null) {
                        r.items().stream().filter(ReturnPayload.Item::restock)
                                .forEach(i -> delta.merge(i.productId(), i.quantity(), Long::sum));
                    }
                }
                default -> {
                }
            }
        }
        return delta;
    }
}
