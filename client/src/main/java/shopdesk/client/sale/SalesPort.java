package shopdesk.client.sale;

import java.util.Optional;
import shopdesk.client.bills.BillView;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Page;
import shopdesk.dal.common.PageRequest;

/** Records bills in the till's database (and so in the SyncQueue), voids them, lists them. */
public interface SalesPort {

    /** @throws StockShortfallException when local stock is short and no supervisor approved the override */
    BillView complete(Actor actor, SaleRequest request);

    /** A line removed after being rung up is what auditors ask about. */
    void recordLineRemoved(Actor actor, SaleLine line, String reason);

    BillView voidBill(Actor actor, String billId, String reason);

    /** Newest first; {@code query} matches a bill number or customer, blank for all. */
    Page<BillView> list(String query, PageRequest page);

    Optional<BillView> find(String billId);

    /** Parks a sale on this till (kept across restarts, never synced); returns its id. */
    String hold(Actor actor, String label, long total, String saleJson);

    /** This till's held sales, oldest first. */
    java.util.List<HeldSaleView> held();

    /** Takes a held sale back; empty when it was already resumed. */
    Optional<String> resume(String heldId);

    /** The selling terms bills are rung up under (coin rounding, the cashier's discount limit). */
    default SaleRules rules() {
        return SaleRules.DEFAULT;
    }
}
