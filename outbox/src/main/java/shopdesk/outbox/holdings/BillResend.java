package shopdesk.outbox.holdings;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.BILL_NUMBER_HISTORY;

import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.BillSyncState;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;
import shopdesk.protocol.payload.VoidBillPayload;

/**
 * Queues a bill the server no longer holds as if it were new: its legal number moves to bill_number_history (the
 * server will give it a new one, and may give the old one to another bill), and a CREATE_BILL entry (plus VOID_BILL
 * for a voided bill) is appended in the same transaction. The bill's rows are the source, not the old queue entry,
 * which may have been purged.
 */
public final class BillResend {
    private BillResend() {
    }

    /** Returns whether the bill was queued again (false: it had no legal number, so it is already on its way). */
    public static boolean resend(DSLContext tx, ChangeRecorder recorder, String billId, long now) {
        Bill bill = BillService.load(tx, billId).orElse(null);
        if (bill == null || bill.serverNumber() == null) return false;
        releaseNumber(tx, billId, bill.serverNumber(), now);
        BillPayload created = bill.payload().withServerNumber(null).withStatus(BillStatus.COMPLETED);
        String stream = Change.streamKey(EntityType.BILL, billId);
        recorder.record(tx, new Change(stream, EntityType.BILL, billId, ChangeAction.CREATE_BILL.name(),
                Payloads.toJson(created), Payloads.VERSION, null, bill.userId(), List.of()));
        if (bill.status() == BillStatus.VOIDED) {
            recorder.record(tx, new Change(stream, EntityType.BILL, billId, ChangeAction.VOID_BILL.name(),
                    Payloads.toJson(new VoidBillPayload(billId, bill.voidReason(), bill.voidedBy())), Payloads.VERSION,
                    null, bill.voidedBy(), List.of()));
        }
        return true;
    }

    /**
     * The server's numbers are authoritative: a bill of this till that still holds {@code number} while the server
     * gave that number to another bill is one the server lost (it could not have numbered the same bill twice).
     * That bill is queued again at once. Returns its id, or null when no other bill held the number.
     */
    public static String resendStaleHolder(DSLContext tx, ChangeRecorder recorder, String shopId, long number,
                                           String newHolderId, long now) {
        String holder = tx.select(BILL.ID).from(BILL).where(BILL.SHOP_ID.eq(shopId)).and(BILL.SERVER_NUMBER.eq(number))
                .and(BILL.ID.ne(newHolderId)).fetchOne(BILL.ID);
        if (holder != null) resend(tx, recorder, holder, now);
        return holder;
    }

    private static void releaseNumber(DSLContext tx, String billId, long number, long now) {
        tx.insertInto(BILL_NUMBER_HISTORY).set(BILL_NUMBER_HISTORY.BILL_ID, billId)
                .set(BILL_NUMBER_HISTORY.SERVER_NUMBER, number).set(BILL_NUMBER_HISTORY.REPLACED_AT, now)
                .onConflictDoNothing().execute();
        tx.update(BILL).set(BILL.SERVER_NUMBER, (Long) null).set(BILL.SERVER_CREATED_AT, (Long) null)
                .set(BILL.SYNC_STATE, BillSyncState.PENDING.name()).where(BILL.ID.eq(billId)).execute();
    }
}
