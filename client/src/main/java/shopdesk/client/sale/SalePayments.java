package shopdesk.client.sale;

import java.util.function.Function;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Money;

/**
 * Taking payment: cash, card, UPI, a voucher or a store-credit note (checked here or, for another till's note, by
 * the server). An exchange's credit always pays first. Another till's note that cannot be checked waits for a
 * supervisor ({@link UncheckedNotes}).
 */
final class SalePayments {
    private final Sale sale;
    private final SaleStatus status;
    private final ExchangeCredit credit;
    private final UncheckedNotes unchecked;
    private StoreCreditLookup storeCredit = StoreCreditLookup.NONE;

    SalePayments(Sale sale, SaleStatus status, ExchangeCredit credit, UncheckedNotes unchecked) {
        this.sale = sale;
        this.unchecked = unchecked;
        this.status = status;
        this.credit = credit;
    }

    void useStoreCredit(StoreCreditLookup lookup) {
        this.storeCredit = lookup == null ? StoreCreditLookup.NONE : lookup;
    }

    boolean noteAsksServer(String number) {
        return storeCredit.asksServer(number);
    }

    void checkingNote(String number) {
        status.info(Messages.get("credit.pay.checking", number.trim()));
    }

    StoreCreditLookup.Answer checkNote(String number) {
        return storeCredit.check(number.trim());
    }

    /** Takes a looked-up note; false also when it waits for a supervisor ({@link #pendingNote}). */
    boolean payNote(String amountText, StoreCreditLookup.Answer note) {
        unchecked.decline(); // a note nobody answered for is not asked about after another payment
        return pay(PaymentMethod.STORE_CREDIT, amountText, amount -> {
            if (unchecked.ask(storeCredit, note, amount)) throw new NeedsSupervisor();
            return NotePayment.take(sale, note, amount);
        });
    }

    boolean pay(PaymentMethod method, String amountText, String reference) {
        unchecked.decline();
        if (method == PaymentMethod.STORE_CREDIT && reference != null && !reference.isBlank()) {
            return payNote(amountText, checkNote(reference));
        }
        return pay(method, amountText, amount -> method == PaymentMethod.STORE_CREDIT
                ? NotePayment.take(sale, storeCredit, reference, amount) : sale.pay(method, amount, reference));
    }

    /** Another till's note that waits for a supervisor to vouch for it (the screen asks one), if any. */
    java.util.Optional<UncheckedNotes.Pending> pendingNote() {
        return unchecked.pending();
    }

    /** A supervisor vouched for the pending note: the sale takes it, unchecked. */
    boolean acceptNote(shopdesk.client.session.Session supervisor) {
        var p = unchecked.pending().orElse(null);
        if (p == null) return false;
        return pay(PaymentMethod.STORE_CREDIT, null, amount -> unchecked.approve(supervisor));
    }

    /** Nobody vouched for the pending note: nothing is taken. */
    boolean declineNote() {
        var p = unchecked.pending().orElse(null);
        unchecked.decline();
        return p != null && status.error(Messages.get("credit.unchecked.declined", p.label()));
    }

    private boolean pay(PaymentMethod method, String amountText, Function<Long, Tender> take) {
        try {
            credit.payOn(sale);
            if (sale.isPaid()) return status.info(Messages.get("sale.msg.paidByCredit"));
            Long amount = amountText == null || amountText.isBlank() ? null : Money.parse(amountText);
            Tender t;
            try {
                t = take.apply(amount);
            } catch (NeedsSupervisor waiting) {
                var p = unchecked.pending().orElseThrow();
                status.warn(Messages.get("credit.unchecked.ask", p.label(), Money.format(p.amount())));
                return false;
            }
            String text = method.label() + " " + Money.format(t.amount());
            if (t.change() > 0) text += " - " + Messages.get("sale.msg.changeDue", Money.format(t.change()));
            return status.info(text + ". " + (sale.isPaid() ? Messages.get("sale.msg.paidInFull")
                    : Messages.get("sale.msg.due", Money.format(sale.due()))));
        } catch (IllegalArgumentException | ShopDeskException e) {
            return status.refused(e);
        }
    }

    /** Thrown inside a payment when the note waits for a supervisor: nothing is taken yet. */
    private static final class NeedsSupervisor extends RuntimeException {
        NeedsSupervisor() {
            super(null, null, false, false);
        }
    }

    void removePayment(int index) {
        if (index >= 0 && index < sale.tenders().size()) {
            sale.removeTender(index);
            status.info(Messages.get("sale.msg.paymentRemoved", Money.format(sale.due())));
        }
    }
}
