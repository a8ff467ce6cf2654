package shopdesk.client.sale;

import shopdesk.client.i18n.Messages;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.money.Money;
import shopdesk.dal.user.Role;

/**
 * A supervisor's approval of a cashier's price cuts beyond the cashier's limit. It covers the sale as shown, so
 * any change to a price, and every new sale, forgets it.
 */
final class DiscountApproval {
    private final Sale sale;
    private final SessionHolder sessions;
    private String approvedBy;

    DiscountApproval(Sale sale, SessionHolder sessions) {
        this.sale = sale;
        this.sessions = sessions;
    }

    /** Whether this sale's price cuts need a supervisor, sold by the person logged in. */
    boolean needed() {
        var who = sessions.require().actor();
        return !who.role().atLeast(Role.SUPERVISOR) && sale.rules().needsApproval(sale.deepestCutBp())
                && approvedBy == null;
    }

    /** Added to a price change's message when the sale now needs approval; blank otherwise. */
    String note() {
        return needed() ? " - " + Messages.get("sale.msg.aboveLimit",
                Money.rate((int) sale.rules().cashierDiscountLimitBp())) : "";
    }

    void approve(Session supervisor) {
        if (!supervisor.isSupervisor()) throw new IllegalArgumentException("Only a supervisor may approve");
        approvedBy = supervisor.userId();
    }

    /** The supervisor who lets the sale go beyond stock approves it as shown, its discounts included. */
    void takeOverBy(Session supervisor) {
        if (approvedBy != null) approvedBy = supervisor.userId();
    }

    /** The approving supervisor's user id, or null. */
    String approvedBy() {
        return approvedBy;
    }

    void forget() {
        approvedBy = null;
    }
}
