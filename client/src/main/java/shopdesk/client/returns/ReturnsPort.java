package shopdesk.client.returns;

import java.util.Optional;
import shopdesk.dal.common.Actor;
import shopdesk.dal.product.Product;
import shopdesk.dal.returns.OriginalBill;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.SaleReturn;
import shopdesk.dal.returns.StoreCredit;

/** Finds the bill a customer brings back and records the return (with its SyncQueue entry). */
public interface ReturnsPort {

    /** This till's bill by legal or till label, else (online) another till's bill from the server. */
    Optional<OriginalBill> findBill(String number);

    SaleReturn take(Actor actor, ReturnDraft draft);

    /** A product by barcode or SKU, for a return without the bill; empty when there is none (or it was deleted). */
    Optional<Product> findProduct(String code);

    /** What an exchange's sale left of the return's credit, written as a numbered store-credit note. */
    StoreCredit issueStoreCredit(Actor actor, long amount, String returnId, String billId);
}
