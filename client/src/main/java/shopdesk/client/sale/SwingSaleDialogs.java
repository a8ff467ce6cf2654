package shopdesk.client.sale;

import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import shopdesk.client.bills.BillView;
import shopdesk.client.catalog.CustomerView;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.i18n.Messages;
import shopdesk.client.receipt.ReceiptDialog;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.session.Session;
import shopdesk.client.session.SupervisorApproval;
import shopdesk.client.session.SupervisorLoginDialog;
import shopdesk.client.ui.PickerDialog;
import shopdesk.dal.money.Money;

/** The sale screen's questions as real modal dialogs. */
public final class SwingSaleDialogs implements SaleDialogs {
    private final Supplier<Component> parent;
    private final SupervisorApproval approval;
    private final ReceiptFormatter receipts;
    private final Path pdfFolder;

    public SwingSaleDialogs(Supplier<Component> parent, SupervisorApproval approval, ReceiptFormatter receipts, Path pdfFolder) {
        this.parent = parent;
        this.approval = approval;
        this.receipts = receipts;
        this.pdfFolder = pdfFolder;
    }

    @Override
    public Optional<ProductView> pickProduct(SalePresenter presenter) {
        return PickerDialog.pick(parent.get(), "productSearch", Messages.get("sale.find.title"), Messages.get("sale.find.hint"),
                presenter::search, p -> p.name() + "   " + p.sku() + "   " + Money.format(p.unitPrice()) + "   " + Messages.get("sale.find.stock", String.valueOf(p.stock())));
    }

    @Override
    public Optional<ProductView> pickAmong(AmbiguousScan scan) {
        String[] labels = scan.products().stream().map(SwingSaleDialogs::label).toArray(String[]::new);
        Object picked = JOptionPane.showInputDialog(parent.get(), scan.question(), Messages.get("sale.shared.title"),
                JOptionPane.QUESTION_MESSAGE, null, labels, labels[0]);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(picked)) return Optional.of(scan.products().get(i));
        }
        return Optional.empty();
    }

    private static String label(ProductView p) {
        return p.name() + "   " + p.sku() + "   " + Money.format(p.unitPrice());
    }

    @Override
    public Optional<CustomerView> pickCustomer(SalePresenter presenter) {
        return PickerDialog.pick(parent.get(), "customerSearch", Messages.get("sale.customer.title"), Messages.get("sale.customer.hint"),
                presenter::searchCustomers, c -> c.name() + (c.phone() == null ? "" : "   " + c.phone()));
    }

    @Override
    public Optional<String> askQuantity(String productName, long current) {
        return Optional.ofNullable((String) JOptionPane.showInputDialog(parent.get(), Messages.get("sale.quantity.ask", productName),
                Messages.get("sale.key.quantity"), JOptionPane.QUESTION_MESSAGE, null, null, String.valueOf(current)));
    }

    @Override
    public Optional<String> askReason(String title, String question) {
        return Optional.ofNullable(JOptionPane.showInputDialog(parent.get(), question, title, JOptionPane.QUESTION_MESSAGE));
    }

    @Override
    public Optional<Session> askSupervisor(String why, List<String> details) {
        return SupervisorLoginDialog.ask(parent.get(), approval, why, details);
    }

    @Override
    public Optional<HeldSaleView> pickHeld(List<HeldSaleView> held) {
        return PickerDialog.pick(parent.get(), "heldSales", Messages.get("sale.held.title"), Messages.get("sale.held.hint"),
                q -> held.stream().filter(h -> q == null || q.isBlank() || h.label().toLowerCase().contains(q.trim().toLowerCase()))
                        .toList(), h -> h.label() + "   " + Money.format(h.total()));
    }

    @Override
    public int choose(String title, String question, List<String> options) {
        return JOptionPane.showOptionDialog(parent.get(), question, title, JOptionPane.DEFAULT_OPTION,
                JOptionPane.QUESTION_MESSAGE, null, options.toArray(), options.get(0));
    }

    @Override
    public void showReceipt(BillView bill) {
        ReceiptDialog.show(parent.get(), receipts, bill, pdfFolder);
    }
}
