package shopdesk.client.bills;

import java.awt.Font;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.sale.SaleDialogs;
import shopdesk.client.session.Session;
import shopdesk.client.ui.Keys;
import shopdesk.client.ui.MessageArea;
import shopdesk.client.ui.Swing;

/** Bills: search (Enter), pages, the selected bill as its receipt, void with a reason (supervisor). */
public final class BillsPanel extends JPanel {
    private final BillsPresenter presenter;
    private final SaleDialogs dialogs;
    private final ReceiptFormatter receipts;
    private final BillTableModel model = new BillTableModel();
    private final JTable table = new JTable(model);
    private final JTextField search = new JTextField(20);
    private final JTextArea details = new JTextArea(20, 40);
    private final JLabel pageText = new JLabel();
    private final MessageArea message = new MessageArea("bills.message");
    private final JButton prev = new JButton(Messages.get("bills.newer"));
    private final JButton next = new JButton(Messages.get("bills.older"));
    private final JButton voidButton = new JButton(Messages.get("bills.voidButton"));
    private final JButton returnButton = new JButton(Messages.get("bills.returnButton"));
    private java.util.function.Consumer<BillView> returnAction = b -> { };
    private final JButton reprint = new JButton(Messages.get("bills.reprint"));

    public BillsPanel(BillsPresenter presenter, SaleDialogs dialogs, ReceiptFormatter receipts) {
        super(new MigLayout("insets dialog, fill", "[grow, fill][360!, fill]", "[][grow, fill][]"));
        setName("bills.panel");
        this.presenter = presenter;
        this.dialogs = dialogs;
        this.receipts = receipts;
        table.setName("bills.table");
        search.setName("bills.search");
        details.setName("bills.details");
        pageText.setName("bills.page");
        prev.setName("bills.prev");
        next.setName("bills.next");
        voidButton.setName("bills.void");
        returnButton.setName("bills.return");
        reprint.setName("bills.reprint");
        Swing.hint(search, Messages.get("bills.searchHint"));
        details.setEditable(false);
        details.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        javax.swing.table.DefaultTableCellRenderer right = new javax.swing.table.DefaultTableCellRenderer();
        right.setHorizontalAlignment(javax.swing.SwingConstants.RIGHT);
        table.getColumnModel().getColumn(4).setCellRenderer(right);

        add(search, "split 2");
        add(message, "growx, wmin 0");
        add(reprint, "growx 0, right, split 3");
        add(returnButton, "growx 0");
        add(voidButton, "growx 0, right, wrap");
        add(new JScrollPane(table), "grow");
        add(new JScrollPane(details), "grow, wrap");
        add(prev, "split 3, growx 0");
        add(pageText, "growx 0");
        add(next, "growx 0");

        search.addActionListener(e -> show(presenter.search(search.getText())));
        prev.addActionListener(e -> show(presenter.previous()));
        next.addActionListener(e -> show(presenter.next()));
        voidButton.addActionListener(e -> voidSelected());
        returnButton.addActionListener(e -> {
            int row = table.getSelectedRow();
            if (row < 0) message.setText(Messages.get("bills.selectFirst"));
            else returnAction.accept(model.row(row));
        });
        reprint.addActionListener(e -> reprintSelected());
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showDetails();
        });
        Keys.bindFocused(table, "DELETE", "void", this::voidSelected);
    }

    /** What Return... does with the selected bill (opens the Returns screen on it). */
    public void setReturnAction(java.util.function.Consumer<BillView> action) {
        returnAction = action;
    }

    public void reload() {
        show(presenter.refresh());
    }

    public void selectRow(int row) {
        table.getSelectionModel().setSelectionInterval(row, row);
    }

    void voidSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            message.setText(Messages.get("bills.selectFirst"));
            return;
        }
        BillView b = model.row(row);
        Optional<String> reason = dialogs.askReason(Messages.get("bills.voidTitle", b.localLabel()), Messages.get("bills.voidWhy", b.localLabel()));
        if (reason.isEmpty()) return;
        Session approver = null;
        if (presenter.needsApproval()) {
            approver = dialogs.askSupervisor(Messages.get("bills.approveVoid", b.localLabel()), List.of(Messages.get("bills.reason", reason.get()))).orElse(null);
            if (approver == null) return;
        }
        presenter.voidBill(b.id(), reason.get(), approver);
        message.setText(presenter.message());
        show(presenter.rows());
    }

    /** Prints the selected bill again, marked as a copy (a PDF when the till has no printer). */
    void reprintSelected() {
        int row = table.getSelectedRow();
        var printing = shopdesk.client.print.ReceiptPrinting.installed();
        if (row < 0) {
            message.setText(Messages.get("bills.selectFirst"));
        } else if (printing == null) {
            message.setText(Messages.get("bills.noPrinter"));
        } else {
            presenter.details(model.row(row).id()).ifPresent(b -> message.setText(printing.print(b, true).message()));
        }
    }

    private void showDetails() {
        int row = table.getSelectedRow();
        if (row < 0) {
            details.setText("");
            return;
        }
        presenter.details(model.row(row).id()).ifPresent(b -> {
            details.setText(receipts.text(b) + "\n\nSync: " + b.syncState() + "   Server no.: " + b.serverNumberText());
            details.setCaretPosition(0);
        });
    }

    private void show(List<BillView> rows) {
        model.show(rows);
        pageText.setText(presenter.pageText());
        prev.setEnabled(presenter.hasPrevious());
        next.setEnabled(presenter.hasNext());
    }
}
