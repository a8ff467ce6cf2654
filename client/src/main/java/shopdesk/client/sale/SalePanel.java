package shopdesk.client.sale;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.ButtonRow;
import shopdesk.client.ui.Keys;
import shopdesk.client.ui.MessageArea;
import shopdesk.client.ui.Palette;
import shopdesk.client.ui.Shortcuts;

/**
 * The sale screen: scan field, lines, customer, payments. Every action has a key and focus returns to the
 * scan field afterwards. Logic is in {@link SalePresenter}; questions go through {@link SaleDialogs}.
 */
public final class SalePanel extends JPanel {
    private final SalePresenter presenter;
    private final SaleDialogs dialogs;
    private final ScanField scan;
    private final SaleLineTableModel model = new SaleLineTableModel();
    private final JTable table = new JTable(model);
    private final MessageArea message = new MessageArea("sale.message");
    private final JLabel customer = new JLabel(Messages.get("sale.noCustomer"));
    private final PaymentPanel payments;

    private final JPanel tableArea = new JPanel(new java.awt.BorderLayout(8, 0));

    public SalePanel(SalePresenter presenter, SaleDialogs dialogs) {
        // Left: message, scan field, the item table (it takes the slack) and the line keys. Right, the full height:
        // customer, totals, payments and Complete, so they stay on screen however small the window or large the text.
        super(new MigLayout("insets dialog, fill", "[grow, fill]para[fill, shrink 0]", "[][][grow, fill][]"));
        setName("sale.panel");
        this.presenter = presenter;
        this.dialogs = dialogs;
        this.scan = new ScanField(presenter, this::pickAmong);
        this.payments = new PaymentPanel(presenter, dialogs);
        customer.setName("sale.customerName");
        table.setName("sale.lines");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        int[] widths = {30, 60, 260, 45, 80, 55, 90};   // the item's name gets the room
        for (int c = 0; c < widths.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
        sizeAmountColumns();
        table.addPropertyChangeListener("font", e -> sizeAmountColumns());
        javax.swing.table.DefaultTableCellRenderer right = new javax.swing.table.DefaultTableCellRenderer();
        right.setHorizontalAlignment(javax.swing.SwingConstants.RIGHT);
        for (int c = 3; c <= 6; c++) table.getColumnModel().getColumn(c).setCellRenderer(right);

        add(message, "growx, wmin 0");
        add(side(), "spany 4, growy, wmin 300, wrap");
        add(scan, "growx, wmin 0, wrap");
        tableArea.add(new JScrollPane(table), java.awt.BorderLayout.CENTER);
        add(tableArea, "grow, hmin 60, wrap");
        add(lineKeys(), "growx");

        Keys.bind(this, "shift F4", "clearCustomer", () -> run(() -> presenter.setCustomer(null)));
        Keys.bindFocused(table, "DELETE", "removeLine", this::removeLine);
        presenter.addListener(this::render);
        render();
    }

    /** Prices and totals stay whole on a narrow table (the touch layout at 1024x768): the item's name gives way. */
    private void sizeAmountColumns() {
        java.awt.FontMetrics fm = table.getFontMetrics(table.getFont());
        int money = fm.stringWidth(shopdesk.dal.money.Money.format(9_999_99)) + 10;   // most lines; larger ones end in ...
        table.getColumnModel().getColumn(4).setMinWidth(money);
        table.getColumnModel().getColumn(6).setMinWidth(money);
        table.getColumnModel().getColumn(3).setMinWidth(fm.stringWidth("999") + 8);
    }

    private JPanel side() {
        JPanel p = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[fill]", "[][grow, fill][]"));
        JPanel customerRow = new JPanel(new MigLayout("insets 0, fillx", "[grow, 0:pref][]"));
        customerRow.add(customer, "growx, wmin 0");
        customerRow.add(Shortcuts.button(this, "sale.customer", Messages.get("sale.key.customer"), "F4", this::pickCustomer));
        p.add(customerRow);
        p.add(payments);
        JButton complete = Shortcuts.button(this, "sale.complete", Messages.get("sale.key.complete"), "F12", this::complete);
        // Looks like a default button without being the root pane's one: Enter belongs to the scan field.
        complete.putClientProperty(FlatClientProperties.STYLE, "background: $Button.default.background; foreground: $Button.default.foreground;"
                + " borderColor: $Button.default.borderColor; font: +2 bold");
        p.add(complete, "gaptop unrel");
        return p;
    }

    private JPanel lineKeys() {
        ButtonRow p = new ButtonRow();
        p.add(Shortcuts.button(this, "sale.search", Messages.get("sale.key.search"), "F2", this::search));
        p.add(Shortcuts.button(this, "sale.quantity", Messages.get("sale.key.quantity"), "F3", this::changeQuantity));
        p.add(Shortcuts.button(this, "sale.price", Messages.get("sale.key.price"), "shift F3", this::changePrice));
        p.add(Shortcuts.button(this, "sale.discount", Messages.get("sale.key.discount"), "F9", this::discountLine));
        p.add(Shortcuts.button(this, "sale.billDiscount", Messages.get("sale.key.billDiscount"), "shift F9", this::discountBill));
        p.add(Shortcuts.button(this, "sale.remove", Messages.get("sale.key.remove"), "F8", this::removeLine));
        p.add(Shortcuts.button(this, "sale.hold", Messages.get("sale.key.hold"), "F11", () -> run(presenter::hold)));
        p.add(Shortcuts.button(this, "sale.resume", Messages.get("sale.key.resume"), "shift F11", this::resume));
        p.add(Shortcuts.button(this, "sale.new", Messages.get("sale.key.new"), "F10", this::newSale));
        return p;
    }

    boolean pickAmong(AmbiguousScan scan) {
        return dialogs.pickAmong(scan).map(p -> presenter.pick(p, scan.typed())).orElse(false);
    }

    void search() {
        dialogs.pickProduct(presenter).ifPresent(p -> presenter.add(p, 1));
        focusScan();
    }

    void changeQuantity() {
        int row = selectedOrLast();
        if (row < 0) {
            focusScan();
            return;
        }
        SaleLine line = presenter.sale().lines().get(row);
        dialogs.askQuantity(line.product().name(), line.quantity()).ifPresent(q -> presenter.setQuantity(row, q));
        focusScan();
    }

    void changePrice() {
        int row = selectedOrLast();
        if (row >= 0) {
            SaleLine line = presenter.sale().lines().get(row);
            dialogs.askReason(Messages.get("sale.key.price"), Messages.get("sale.ask.price", line.product().name(),
                    shopdesk.dal.money.Money.format(line.product().unitPrice()))).ifPresent(price -> {
                        if (price.isBlank()) presenter.overridePrice(row, null, null);
                        else dialogs.askReason(Messages.get("sale.key.price"), Messages.get("sale.ask.priceReason", price.trim()))
                                .ifPresent(why -> presenter.overridePrice(row, price, why));
                    });
        }
        focusScan();
    }

    void discountLine() {
        int row = selectedOrLast();
        if (row >= 0) {
            dialogs.askReason(Messages.get("sale.key.discount"), Messages.get("sale.ask.lineDiscount",
                    presenter.sale().lines().get(row).product().name())).ifPresent(d -> presenter.discountLine(row, d));
        }
        focusScan();
    }

    void discountBill() {
        dialogs.askReason(Messages.get("sale.ask.billDiscount.title"), Messages.get("sale.ask.billDiscount"))
                .ifPresent(d -> presenter.discountBill(d, null));
        focusScan();
    }

    void resume() {
        List<HeldSaleView> held = presenter.heldSales();
        if (!held.isEmpty()) dialogs.pickHeld(held).ifPresent(presenter::resume);
        focusScan();
    }

    /** A sale rung up or paid is never dropped silently: hold it, drop it, or stay. */
    void newSale() {
        if (leaveSale(Messages.get("sale.key.new"))) presenter.newSale();
        focusScan();
    }

    /** True when the current sale may be left: empty, held now, or dropped on purpose. */
    public boolean leaveSale(String title) {
        if (!presenter.hasUnfinishedSale()) return true;
        Sale s = presenter.sale();
        int choice = dialogs.choose(title, Messages.get("sale.leave", String.valueOf(s.lines().size()),
                shopdesk.dal.money.Money.format(s.paid())),
                List.of(Messages.get("sale.leave.hold"), Messages.get("sale.leave.drop"), Messages.get("sale.leave.cancel")));
        if (choice == 0) return presenter.hold();
        return choice == 1;
    }

    void removeLine() {
        int row = selectedOrLast();
        if (row < 0) {
            focusScan();
            return;
        }
        String name = presenter.sale().lines().get(row).product().name();
        dialogs.askReason(Messages.get("sale.ask.remove.title"), Messages.get("sale.ask.remove", name))
                .ifPresent(reason -> presenter.removeLine(row, reason));
        focusScan();
    }

    void pickCustomer() {
        dialogs.pickCustomer(presenter).ifPresent(presenter::setCustomer);
        focusScan();
    }

    void complete() {
        SaleOutcome outcome = presenter.complete();
        if (outcome instanceof SaleOutcome.NeedsDiscountApproval nd) {
            outcome = dialogs.askSupervisor(Messages.get("sale.approve.discount"), List.of(Messages.get("sale.approve.discount.detail",
                    shopdesk.dal.money.Money.rate((int) nd.cutBp()), shopdesk.dal.money.Money.rate((int) nd.limitBp())))).map(presenter::completeWithDiscountApproval).orElse(outcome);
        }
        if (outcome instanceof SaleOutcome.NeedsSupervisor ns) {
            List<String> details = ns.shortfalls().stream()
                    .map(s -> Messages.get("sale.approve.stock.detail", s.name(), String.valueOf(s.requested()),
                            String.valueOf(s.available()))).toList();
            outcome = dialogs.askSupervisor(Messages.get("sale.approve.stock"), details)
                    .map(presenter::completeWithOverride).orElse(outcome);
        }
        if (outcome instanceof SaleOutcome.Completed done) dialogs.showReceipt(done.bill());
        focusScan();
    }

    private int selectedOrLast() {
        int row = table.getSelectedRow();
        return row >= 0 ? row : presenter.sale().lines().size() - 1;
    }

    private void run(Runnable r) {
        r.run();
        focusScan();
    }

    /** The touch layout's product grid beside the item table (client/touch); null removes it. */
    public void showBeside(javax.swing.JComponent grid) {
        java.awt.Component old = ((java.awt.BorderLayout) tableArea.getLayout()).getLayoutComponent(java.awt.BorderLayout.EAST);
        if (old != null) tableArea.remove(old);
        if (grid != null) tableArea.add(grid, java.awt.BorderLayout.EAST);
        tableArea.revalidate();
    }

    public void focusScan() {
        SwingUtilities.invokeLater(scan::requestFocusInWindow);
    }

    private void render() {
        Sale sale = presenter.sale();
        model.showLines(sale.lines(), sale.totals().lines());
        int sel = presenter.selectedLine();
        if (sel >= 0 && sel < model.getRowCount()) table.getSelectionModel().setSelectionInterval(sel, sel);
        message.setText(presenter.message());
        Palette.errorIf(message, presenter.messageIsError());
        customer.setText(sale.customer().map(c -> Messages.get("sale.customer", c.name() + (c.phone() != null ? " " + c.phone() : "")))
                .orElse(Messages.get("sale.noCustomer")));
        payments.render(sale);
    }
}
