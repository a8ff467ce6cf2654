package shopdesk.dal.returns;

import static shopdesk.db.Tables.BILL;
import static shopdesk.db.Tables.PAYMENT;
import static shopdesk.db.Tables.STORE_CREDIT;

import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.protocol.BillStatus;

/**
 * What is left on a store-credit note: its amount less the STORE_CREDIT payments naming it on completed bills (a
 * voided bill gives its part back). Shared by the till and the server, each over its own rows.
 */
public final class NoteLedger {
    private NoteLedger() {
    }

    /** A note number as typed or scanned: trimmed, upper case (labels are written upper case). */
    public static String normalise(String label) {
        return label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
    }

    public static Optional<NoteBalance> balance(DSLContext dsl, String shopId, String label) {
        String l = normalise(label);
        var note = dsl.select(STORE_CREDIT.ID, STORE_CREDIT.LOCAL_LABEL, STORE_CREDIT.AMOUNT).from(STORE_CREDIT)
                .where(STORE_CREDIT.SHOP_ID.eq(shopId)).and(STORE_CREDIT.LOCAL_LABEL.eq(l)).fetchOne();
        if (note == null) return Optional.empty();
        long amount = note.value3();
        return Optional.of(new NoteBalance(note.value1(), note.value2(), amount, amount - spent(dsl, shopId, l)));
    }

    /** The note a bill (an exchange's sale) left the customer, if any: its label and amount as written. */
    public static Optional<NoteBalance> issuedWith(DSLContext dsl, String billId) {
        var note = dsl.select(STORE_CREDIT.ID, STORE_CREDIT.LOCAL_LABEL, STORE_CREDIT.AMOUNT).from(STORE_CREDIT)
                .where(STORE_CREDIT.BILL_ID.eq(billId)).orderBy(STORE_CREDIT.LOCAL_NUMBER).limit(1).fetchOne();
        return note == null ? Optional.empty()
                : Optional.of(new NoteBalance(note.value1(), note.value2(), note.value3(), note.value3()));
    }

    /** The sum of STORE_CREDIT payments naming the note on this database's completed bills of the shop. */
    public static long spent(DSLContext dsl, String shopId, String label) {
        Number sum = dsl.select(DSL.sum(PAYMENT.AMOUNT)).from(PAYMENT).join(BILL).on(BILL.ID.eq(PAYMENT.BILL_ID))
                .where(PAYMENT.METHOD.eq(PaymentMethod.STORE_CREDIT.name())).and(PAYMENT.REFERENCE.eq(label))
                .and(BILL.SHOP_ID.eq(shopId)).and(BILL.STATUS.eq(BillStatus.COMPLETED.code())).fetchOne(0, Number.class);
        return sum == null ? 0 : sum.longValue();
    }
}
