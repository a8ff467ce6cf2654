package shopdesk.client.sale;

import java.util.Optional;
import shopdesk.client.bills.BillView;
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
}
