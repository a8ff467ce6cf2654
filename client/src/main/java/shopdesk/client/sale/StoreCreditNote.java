package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.returns.StoreCreditIssuer;
import shopdesk.dal.common.Actor;
import shopdesk.dal.money.Money;
import shopdesk.dal.returns.StoreCredit;

/** What an exchange's sale leaves of the return's credit: a numbered store-credit note, not cash without a document. */
final class StoreCreditNote {
    private StoreCreditNote() {
    }

    /** Writes the note and says so; without a way to write one (an old caller), the cashier gives the money back. */
    static String leftOver(Actor actor, long credit, String returnId, String billId, StoreCreditIssuer notes) {
        if (notes == null || returnId == null) return " - " + Messages.get("sale.msg.giveCredit", Money.format(credit));
        try {
            StoreCredit c = notes.issue(actor, credit, returnId, billId);
            return " - " + Messages.get("credit.note.issued", c.localLabel(), Money.format(c.amount()));
        } catch (RuntimeException e) {
            return " - " + Messages.get("credit.note.failed", PlainMessages.forCashier(e), Money.format(credit));
        }
    }
}
