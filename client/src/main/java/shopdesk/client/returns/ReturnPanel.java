package shopdesk.client.returns;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.ui.Swing;
import shopdesk.dal.money.Money;

/** The Returns screen: a thin view over {@link ReturnPresenter}; every control is named for tests. */
public final class ReturnPanel extends JPanel {
    private final ReturnPresenter presenter;
    private final JTextField number = Swing.named("returns.number", new JTextField(18));
    private final JLabel bill = Swing.named("returns.bill", new JLabel(" "));
    private final ReturnLineTableModel model;
    private final JTable table;
    private final JComboBox<PaymentMethod> method = Swing.named("returns.method",
            new JComboBox<>(ReturnPresenter.REFUND_METHODS.toArray(PaymentMethod[]::new)));
    private final JTextField reason = Swing.named("returns.reason", new JTextField(24));
    private final JLabel total = Swing.named("returns.total", new JLabel(" "));
    private final JLabel message = Swing.named("returns.message", new JLabel(" "));
    private final JButton refund;

    /** @param onDone runs after a refund (with null) or an exchange (with its credit) */
    public ReturnPanel(ReturnPresenter presenter, Consumer<ReturnPresenter.ExchangeCredit> onDone) {
        super(new MigLayout("insets 12, fill", "[][grow][]", "[][][grow][][][]"));
        setName("returns.panel");
        this.presenter = presenter;
        this.model = new ReturnLineTableModel(presenter, this::refresh);
        this.table = Swing.named("returns.lines", new JTable(model));
        number.addActionListener(e -> find());
        add(Swing.labelFor(Messages.get("returns.number"), number));
        method.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                return super.getListCellRendererComponent(list, value == null ? "" : ((PaymentMethod) value).label(),
                        index, selected, focused);
            }
        });
        add(number, "growx");
        add(Swing.button("returns.find", new JButton(Messages.get("returns.find")), this::find), "split 2");
        add(Swing.button("returns.noBill", new JButton(Messages.get("returns.noBill")), () -> {
            presenter.startWithoutBill();
            refresh();
        }), "wrap");
        add(bill, "span, wrap");
        add(new JScrollPane(table), "span, grow, wrap");
        add(Swing.labelFor(Messages.get("returns.refundBy"), method));
        add(method, "split 3");
        add(Swing.labelFor(Messages.get("returns.reason"), reason));
        add(reason, "growx");
        add(Swing.button("returns.all", new JButton(Messages.get("returns.all")), () -> {
            presenter.all();
            refresh();
        }), "wrap");
        add(total, "span, wrap");
        add(message, "span, growx, wrap");
        refund = Swing.button("returns.refund", new JButton(Messages.get("returns.refund")), () -> {
            take();
            if (presenter.refund() != null) onDone.accept(null);
            refresh();
        });
        add(refund, "span, split 2, right");
        add(Swing.button("returns.exchange", new JButton(Messages.get("returns.exchange")), () -> {
            take();
            var credit = presenter.exchange();
            refresh();
            if (credit != null) onDone.accept(credit);
        }));
        refresh();
    }

    public JButton refundButton() {
        return refund;
    }

    /** Opens with a bill already chosen (from the bills list). */
    public void show(String billNumber) {
        number.setText(billNumber);
        find();
    }

    private void find() {
        presenter.find(number.getText());
        refresh();
    }

    private void take() {
        if (table.isEditing()) table.getCellEditor().stopCellEditing();
        presenter.setRefundMethod((PaymentMethod) method.getSelectedItem());
        presenter.setReason(reason.getText());
    }

    private void refresh() {
        bill.setText(presenter.withoutBill() ? Messages.get("returns.noBill.title")
                : presenter.label().isEmpty() ? " " : Messages.get("receipt.bill", presenter.label()));
        model.show(presenter.lines());
        total.setText(Messages.get("returns.refundTotal", Money.format(presenter.refundTotal())));
        message.setText(presenter.message());
        message.putClientProperty(FlatClientProperties.STYLE_CLASS, presenter.messageIsError() ? "error" : null);
    }
}
