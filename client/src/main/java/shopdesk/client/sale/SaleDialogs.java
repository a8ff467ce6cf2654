package shopdesk.client.sale;

import java.util.List;
import java.util.Optional;
import shopdesk.client.bills.BillView;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.session.Session;

/** The questions the sale screen asks in a dialog; off-screen panel tests answer them with a stub. */
public interface SaleDialogs {

    Optional<ProductView> pickProduct(SalePresenter presenter);

    /** Which of the products sharing a scanned barcode is being sold; empty when the cashier cancels. */
    Optional<ProductView> pickAmong(AmbiguousScan scan);

    Optional<CustomerView> pickCustomer(SalePresenter presenter);

    Optional<String> askQuantity(String productName, long current);

    Optional<String> askReason(String title, String question);

    /** A supervisor logs in to approve; the list says what is short. */
    Optional<Session> askSupervisor(String why, List<String> details);

    void showReceipt(BillView bill);

    /** Picks one of this till's held sales to resume. */
    Optional<HeldSaleView> pickHeld(List<HeldSaleView> held);

    /** Asks a question with these answers; the index chosen, or -1 when closed. */
    int choose(String title, String question, List<String> options);
}
