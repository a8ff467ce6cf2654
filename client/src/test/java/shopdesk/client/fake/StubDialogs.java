package shopdesk.client.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import shopdesk.client.bills.BillView;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.sale.AmbiguousScan;
import shopdesk.client.sale.SaleDialogs;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.session.Session;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.centre.SyncCentreActions;

/** Canned answers for the dialogs of panels built off-screen; records what was asked. */
public final class StubDialogs implements SaleDialogs, SyncCentreActions {
    public final Deque<Object> answers = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<BillView> receipts = new ArrayList<>();
    public Session supervisor;

    @SuppressWarnings("unchecked")
    private <T> Optional<T> next() {
        return answers.isEmpty() ? Optional.empty() : Optional.ofNullable((T) answers.poll());
    }

    @Override
    public Optional<ProductView> pickProduct(SalePresenter presenter) {
        asked.add("product");
        return next();
    }

    @Override
    public Optional<ProductView> pickAmong(AmbiguousScan scan) {
        asked.add("among " + scan.products().size());
        return next();
    }

    @Override
    public Optional<CustomerView> pickCustomer(SalePresenter presenter) {
        asked.add("customer");
        return next();
    }

    @Override
    public Optional<String> askQuantity(String productName, long current) {
        asked.add("quantity " + productName);
        return next();
    }

    @Override
    public Optional<String> askReason(String title, String question) {
        asked.add("reason " + title);
        return next();
    }

    @Override
    public Optional<Session> askSupervisor(String why, List<String> details) {
        asked.add("supervisor " + why + " " + details);
        return Optional.ofNullable(supervisor);
    }

    @Override
    public Optional<shopdesk.client.sale.HeldSaleView> pickHeld(List<shopdesk.client.sale.HeldSaleView> held) {
        asked.add("held " + held.size());
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(0));
    }

    /** The answer to the next choice: an Integer on {@link #answers}, else the first option. */
    @Override
    public int choose(String title, String question, List<String> options) {
        asked.add("choose " + title);
        return answers.peek() instanceof Integer i ? (Integer) answers.poll() : 0;
    }

    @Override
    public void showReceipt(BillView bill) {
        receipts.add(bill);
    }

    @Override
    public boolean resolveConflict(EntryDetail detail) {
        asked.add("conflict " + detail.entry().seq());
        return false;
    }

    public final List<EntryDetail> repairs = new ArrayList<>();

    @Override
    public boolean repairProduct(EntryDetail detail) {
        asked.add("repair " + detail.entry().seq());
        repairs.add(detail);
        return false;
    }
}
