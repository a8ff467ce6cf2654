package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Money;

/**
 * A store-credit payment: the note must exist and have something left (less what this sale already takes of it);
 * a blank amount takes what is due, up to what is left.
 */
final class NotePayment {
    private NotePayment() {
    }

    /** The payment for the note, or a ValidationException the screen shows. */
    static Tender take(Sale sale, StoreCreditLookup notes, String number, Long entered) {
        if (number == null || number.isBlank()) throw new ValidationException("reference", Messages.get("credit.pay.number"));
        return take(sale, notes.check(number.trim()), entered);
    }

    /** The payment for a note already looked up ({@link StoreCreditLookup#check}, perhaps off the screen's thread). */
    static Tender take(Sale sale, StoreCreditLookup.Answer a, Long entered) {
        if (a instanceof StoreCreditLookup.Unknown u) {
            throw new ValidationException("reference", Messages.get("credit.pay.unknown", u.number()));
        }
        if (a instanceof StoreCreditLookup.NeedsConnection n) {
            throw new ValidationException("reference", Messages.get("credit.pay.offline", n.number()));
        }
        StoreCreditLookup.Found note = (StoreCreditLookup.Found) a;
        long taken = sale.tenders().stream().filter(t -> t.method() == PaymentMethod.STORE_CREDIT)
                .filter(t -> note.label().equalsIgnoreCase(t.reference())).mapToLong(Tender::amount).sum();
        long left = note.left() - taken;
        if (left <= 0) throw new ValidationException("reference", Messages.get("credit.pay.used", note.label()));
        long amount = entered == null ? Math.min(left, sale.due()) : entered;
        if (amount > left) {
            throw new ValidationException("amount", Messages.get("credit.pay.tooMuch", note.label(), Money.format(left)));
        }
        return sale.pay(PaymentMethod.STORE_CREDIT, amount, note.label());
    }
}
