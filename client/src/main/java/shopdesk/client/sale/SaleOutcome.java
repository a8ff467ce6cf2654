package shopdesk.client.sale;

import java.util.List;
import shopdesk.client.bills.BillView;

/** What happened when the cashier pressed Complete. */
public sealed interface SaleOutcome {

    record Completed(BillView bill) implements SaleOutcome {
    }

    /** Local stock is short: a supervisor must log in to approve, or the cashier changes the sale. */
    record NeedsSupervisor(List<StockShortfallException.Shortfall> shortfalls) implements SaleOutcome {
    }

    /** A cashier's price cuts go beyond their limit: a supervisor must log in to approve, or the cashier changes them. */
    record NeedsDiscountApproval(long cutBp, long limitBp) implements SaleOutcome {
    }

    record NotReady(String message) implements SaleOutcome {
    }
}
