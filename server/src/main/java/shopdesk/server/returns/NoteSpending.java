package shopdesk.server.returns;

import static shopdesk.db.Tables.DEVICE;
import static shopdesk.db.Tables.STORE_CREDIT;

import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.returns.NoteLedger;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * The server's re-check of a bill's store-credit payments: a note must be on the server and cover them after what
 * every till's bills already took of it, so two offline tills cannot both spend the same note; the second bill is
 * refused (STORE_CREDIT_EXCEEDED) and goes to the supervisor like any refused bill. A note another till of the shop
 * wrote and has not sent yet is STORE_CREDIT_NOT_YET_KNOWN: the paying till sends the bill again later. A supervisor override on the
 * bill ({@code honoured}) accepts it anyway: the shop takes the loss knowingly.
 */
public final class NoteSpending {
    private NoteSpending() {
    }

    /** The bill's store-credit amounts by note number (normalised), in number order; empty for most bills. */
    public static Map<String, Long> wanted(BillPayload b) {
        Map<String, Long> wanted = new TreeMap<>(); // sorted: bills lock notes in the same order
        if (b.payments() == null) return wanted;
        for (BillPayload.Payment p : b.payments()) {
            if (PaymentMethod.STORE_CREDIT.name().equals(p.method())) wanted.merge(NoteLedger.normalise(p.reference()), p.amount(), Long::sum);
        }
        return wanted;
    }

    /**
     * The code of another till of the shop whose number the note carries ({@code T2} of {@code T2-C000001}): that till
     * wrote it and will send it; null when no other till of the shop has the number's code (a mistyped number, or a
     * note of the sending till itself, whose bill follows its note in the till's queue and so will never see it).
     */
    static String issuingTill(DSLContext tx, EntryContext ctx, String label) {
        int c = label.lastIndexOf("-C");
        if (c <= 0 || c + 2 >= label.length() || !label.substring(c + 2).chars().allMatch(Character::isDigit)) return null;
        String code = label.substring(0, c);
        return tx.select(DEVICE.CODE).from(DEVICE).where(DEVICE.SHOP_ID.eq(ctx.shopId())).and(DEVICE.CODE.equalIgnoreCase(code))
                .and(DEVICE.ID.ne(ctx.deviceId())).limit(1).fetchOne(DEVICE.CODE);
    }

    /**
     * Refuses the bill when a note is unknown or would go below zero; {@code pending} gives what bills of the same
     * batch not yet written took of a note.
     */
    public static void check(DSLContext tx, EntryContext ctx, Map<String, Long> wanted, java.util.function.ToLongFunction<String> pending,
                             boolean honoured) {
        for (var w : wanted.entrySet()) {
            String label = w.getKey();
            // locks the note: a bill of another till spending it waits for this one's commit and then sees its payment
            Long amount = tx.select(STORE_CREDIT.AMOUNT).from(STORE_CREDIT).where(STORE_CREDIT.SHOP_ID.eq(ctx.shopId()))
                    .and(STORE_CREDIT.LOCAL_LABEL.eq(label)).forUpdate().fetchOne(STORE_CREDIT.AMOUNT);
            if (amount == null) {
                String till = issuingTill(tx, ctx, label);
                if (till != null) {
                    throw EntryRefused.rejected(RejectCodes.STORE_CREDIT_NOT_YET_KNOWN, "The bill is paid with store credit "
                            + label + ", which till " + till + " wrote and has not sent to the server yet");
                }
                throw EntryRefused.rejected(RejectCodes.UNKNOWN_STORE_CREDIT, "The bill is paid with store credit " + label
                        + ", which this shop's server does not have");
            }
            long left = amount - NoteLedger.spent(tx, ctx.shopId(), label) - pending.applyAsLong(label);
            if (w.getValue() > left && !honoured) {
                throw EntryRefused.rejected(RejectCodes.STORE_CREDIT_EXCEEDED, "The bill takes " + w.getValue()
                        + " of store credit " + label + ", which has only " + Math.max(0, left) + " left after other bills");
            }
        }
    }
}
