package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.money.Money;

/**
 * Completing the sale: it must have lines and be paid; price cuts beyond a cashier's limit and selling beyond
 * local stock wait for a supervisor; what an exchange's credit leaves over becomes a note on the receipt.
 */
final class Checkout {
    private final SalesPort sales;
    private final SessionHolder sessions;
    private final Sale sale;
    private final SaleStatus status;
    private final DiscountApproval approval;
    private final ExchangeCredit credit;
    private final UncheckedNotes unchecked;
    private final Runnable clearSale;

    Checkout(SalesPort sales, SessionHolder sessions, Sale sale, SaleStatus status, DiscountApproval approval,
            ExchangeCredit credit, UncheckedNotes unchecked, Runnable clearSale) {
        this.unchecked = unchecked;
        this.sales = sales;
        this.sessions = sessions;
        this.sale = sale;
        this.status = status;
        this.approval = approval;
        this.credit = credit;
        this.clearSale = clearSale;
    }

    SaleOutcome withDiscountApproval(Session supervisor) {
        approval.approve(supervisor);
        unchecked.takeOverBy(supervisor); // one supervisor signs the bill: they approve it as shown, its notes too
        return complete(null);
    }

    SaleOutcome withOverride(Session supervisor) {
        if (!supervisor.isSupervisor()) throw new IllegalArgumentException("Only a supervisor may approve");
        approval.takeOverBy(supervisor);
        unchecked.takeOverBy(supervisor);
        return complete(supervisor.userId());
    }

    /** @param overrideUserId the supervisor who lets the sale go beyond local stock, or null */
    SaleOutcome complete(String overrideUserId) {
        if (sale.isEmpty()) return status.notReady(Messages.get("sale.msg.nothingToSell"));
        credit.payOn(sale);
        if (!sale.isPaid()) return status.notReady(Messages.get("sale.msg.takePayment", Money.format(sale.due())));
        if (approval.needed()) {
            status.warn(Messages.get("sale.msg.cutAboveLimit", Money.rate((int) sale.deepestCutBp())));
            return new SaleOutcome.NeedsDiscountApproval(sale.deepestCutBp(), sale.rules().cashierDiscountLimitBp());
        }
        try {
            var actor = sessions.require().actor();
            var bill = sales.complete(actor, SaleRequest.of(sale, overrideUserId, approval.approvedBy(), unchecked.approvedBy()));
            String vouched = unchecked.lines().stream().map(l -> " - " + l).reduce("", String::concat);
            clearSale.run();
            String left = credit.settle(actor, bill.id());
            status.info(Messages.get("sale.msg.saved", bill.localLabel())
                    + (bill.changeDue() > 0 ? " - " + Messages.get("sale.msg.giveChange", Money.format(bill.changeDue())) : "")
                    + left + vouched);
            // the receipt prints the note just written, so the customer leaves with its number
            return new SaleOutcome.Completed(left.isEmpty() ? bill : sales.find(bill.id()).orElse(bill));
        } catch (StockShortfallException e) {
            status.warn(Messages.get("sale.msg.notEnoughStock"));
            return new SaleOutcome.NeedsSupervisor(e.shortfalls());
        } catch (RuntimeException e) {
            return status.notReady(PlainMessages.forFailure(Messages.get("sale.msg.notSaved"), e));
        }
    }
}
