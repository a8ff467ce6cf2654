package shopdesk.client.sale;

import java.util.function.Function;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Money;

/**
 * Taking payment: cash, card, UPI, a voucher or a store-credit note (checked here or, for another till's note, by
 * the server). An exchange's credit always pays first.
 */
final class SalePayments {
    private final Sale sale;
    private final SaleStatus status;
    private final ExchangeCredit credit;
    private StoreCreditLookup storeCredit = StoreCreditLookup.NONE;

    SalePayments(Sale sale, SaleStatus status, ExchangeCredit credit) {
        this.sale = sale;
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

    boolean payNote(String amountText, StoreCreditLookup.Answer note) {
        return pay(PaymentMethod.STORE_CREDIT, amountText, amount -> NotePayment.take(sale, note, amount));
    }

    boolean pay(PaymentMethod method, String amountText, String reference) {
        return pay(method, amountText, amount -> method == PaymentMethod.STORE_CREDIT
                ? NotePayment.take(sale, storeCredit, reference, amount) : sale.pay(method, amount, reference));
    }

    private boolean pay(PaymentMethod method, String amountText, Function<Long, Tender> take) {
        try {
            credit.payOn(sale);
            if (sale.isPaid()) return status.info(Messages.get("sale.msg.paidByCredit"));
            Long amount = amountText == null || amountText.isBlank() ? null : Money.parse(amountText);
            Tender t = take.apply(amount);
            String text = method.label() + " " + Money.format(t.amount());
            if (t.change() > 0) text += " - " + Messages.get("sale.msg.changeDue", Money.format(t.change()));
            return status.info(text + ". " + (sale.isPaid() ? Messages.get("sale.msg.paidInFull")
                    : Messages.get("sale.msg.due", Money.format(sale.due()))));
        } catch (IllegalArgumentException | ShopDeskException e) {
            return status.refused(e);
        }
    }

    void removePayment(int index) {
        if (index >= 0 && index < sale.tenders().size()) {
            sale.removeTender(index);
            status.info(Messages.get("sale.msg.paymentRemoved", Money.format(sale.due())));
        }
    }
}
