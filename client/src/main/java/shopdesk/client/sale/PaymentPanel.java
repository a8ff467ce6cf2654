package shopdesk.client.sale;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.SwingWorker;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Keys;
import shopdesk.client.ui.Shortcuts;
import shopdesk.client.ui.Swing;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.money.Money;

/** Totals and payments: amount (blank = the rest), reference for card/UPI, one button per method. */
public final class PaymentPanel extends JPanel {
    private final SalePresenter presenter;
    private final SaleDialogs dialogs;
    private final JLabel discount = value("sale.discountTotal");
    private final JLabel rounding = value("sale.rounding");
    // shown only when a sale has them: on a 768-pixel screen at 150 % every row counts
    private final JLabel discountCaption = new JLabel(Messages.get("pay.discount"));
    private final JLabel roundingCaption = new JLabel(Messages.get("pay.rounding"));
    private final JLabel subtotal = value("sale.subtotal");
    private final JLabel tax = value("sale.tax");
    private final JLabel total = value("sale.total");
    private final JLabel paid = value("sale.paid");
    private final JLabel due = value("sale.due");
    private final JLabel change = value("sale.change");
    private final JTextField amount = new JTextField(8);
    private final JTextField reference = new JTextField(8);
    private final DefaultListModel<String> tenderModel = new DefaultListModel<>();
    private final JList<String> tenders = new JList<>(tenderModel);

    public PaymentPanel(SalePresenter presenter) {
        this(presenter, null);
    }

    /** @param dialogs asks a supervisor to vouch for another till's note that cannot be checked (null: never) */
    public PaymentPanel(SalePresenter presenter, SaleDialogs dialogs) {
        super(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[][right, grow]", "[]"));
        this.presenter = presenter;
        this.dialogs = dialogs;
        amount.setName("sale.amount");
        amount.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("pay.amount.hint"));
        reference.setName("sale.reference");
        reference.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("pay.reference.hint"));
        tenders.setName("sale.tenders");
        tenders.setVisibleRowCount(3);
        total.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        due.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        change.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");

        add(discountCaption);
        add(discount);
        add(new JLabel(Messages.get("pay.subtotal")));
        add(subtotal);
        add(new JLabel(Messages.get("pay.tax")));
        add(tax);
        add(roundingCaption);
        add(rounding);
        add(new JLabel(Messages.get("pay.total")));
        add(total);
        add(new JLabel(Messages.get("pay.paid")));
        add(paid);
        add(new JLabel(Messages.get("pay.due")));
        add(due);
        add(new JLabel(Messages.get("pay.change")));
        add(change);
        add(Swing.labelFor(Messages.get("pay.amount"), amount), "gaptop rel");
        add(amount, "growx");
        add(Swing.labelFor(Messages.get("pay.reference"), reference));
        add(reference, "growx");
        // under the three usual methods, full width: beside the reference it widened the column and squeezed the
        // item table in touch mode; a fourth button in their row does not fit large text
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx, wrap 3", "[grow, fill, sg pay][grow, fill, sg pay][grow, fill, sg pay]"));
        buttons.add(Shortcuts.button(this, "sale.payCash", PaymentMethod.CASH.label(), "F5", () -> pay(PaymentMethod.CASH)));
        buttons.add(Shortcuts.button(this, "sale.payCard", PaymentMethod.CARD.label(), "F6", () -> pay(PaymentMethod.CARD)));
        buttons.add(Shortcuts.button(this, "sale.payUpi", PaymentMethod.UPI.label(), "F7", () -> pay(PaymentMethod.UPI)));
        buttons.add(Shortcuts.button(this, "sale.payStoreCredit", PaymentMethod.STORE_CREDIT.label(), "shift F7",
                () -> pay(PaymentMethod.STORE_CREDIT)), "span 3");
        add(buttons, "span 2, growx");
        add(new JScrollPane(tenders), "span 2, growx, h 0:60:160");
        Keys.bindFocused(tenders, "DELETE", "removePayment", () -> presenter.removePayment(tenders.getSelectedIndex()));
    }

    public void pay(PaymentMethod method) {
        if (checkingNote) return; // one payment at a time: the server is being asked about a note
        if (method == PaymentMethod.STORE_CREDIT && presenter.noteAsksServer(reference.getText())) {
            payWithAnotherTillsNote();
        } else if (presenter.pay(method, amount.getText(), reference.getText()) || askSupervisorForNote()) {
            amount.setText("");
            reference.setText("");
        }
    }

    /** A note that waits for a supervisor: one logs in and vouches for it from the paper note, or nothing is taken. */
    private boolean askSupervisorForNote() {
        var note = presenter.pendingNote().orElse(null);
        if (note == null) return false;
        var supervisor = dialogs == null ? java.util.Optional.<shopdesk.client.session.Session>empty()
                : dialogs.askSupervisor(Messages.get("credit.unchecked.title"), List.of(Messages.get("credit.unchecked.detail",
                        note.label(), Money.format(note.amount()))));
        return supervisor.map(presenter::acceptNote).orElseGet(presenter::declineNote);
    }

    private boolean checkingNote;

    /** Another till's note is asked of the server: off the event thread, other payments held and the wait said. */
    private void payWithAnotherTillsNote() {
        String number = reference.getText();
        String typed = amount.getText();
        checkingNote = true;
        presenter.checkingNote(number);
        new SwingWorker<StoreCreditLookup.Answer, Void>() {
            @Override
            protected StoreCreditLookup.Answer doInBackground() {
                return presenter.checkNote(number);
            }

            @Override
            protected void done() {
                checkingNote = false;
                try {
                    if (presenter.payNote(typed, get()) || askSupervisorForNote()) {
                        amount.setText("");
                        reference.setText("");
                    }
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    presenter.payNote(typed, new StoreCreditLookup.NeedsConnection(number.trim()));
                }
            }
        }.execute();
    }

    public void render(Sale sale) {
        BillCalculator.Totals t = sale.totals();
        discount.setText(t.discount() == 0 ? Money.format(0) : "-" + Money.format(t.discount()));
        rounding.setText(Money.format(t.rounding()));
        discountCaption.setVisible(t.discount() != 0);
        discount.setVisible(t.discount() != 0);
        roundingCaption.setVisible(t.rounding() != 0);
        rounding.setVisible(t.rounding() != 0);
        subtotal.setText(Money.format(t.subtotal()));
        tax.setText(Money.format(t.tax()));
        total.setText(Money.format(t.total()));
        paid.setText(Money.format(sale.paid()));
        due.setText(Money.format(sale.due()));
        change.setText(Money.format(sale.changeDue()));
        List<Tender> ts = sale.tenders();
        tenderModel.clear();
        for (Tender x : ts) {
            tenderModel.addElement(x.method().label() + " " + Money.format(x.amount())
                    + (x.change() > 0 ? " " + Messages.get("pay.tendered", Money.format(x.tendered())) : "")
                    + (x.reference() != null ? " " + Messages.get("pay.ref", x.reference()) : ""));
        }
    }

    private static JLabel value(String name) {
        JLabel l = new JLabel("0.00", SwingConstants.RIGHT);
        l.setName(name);
        return l;
    }
}
