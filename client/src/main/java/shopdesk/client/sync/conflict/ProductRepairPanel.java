package shopdesk.client.sync.conflict;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The refused product's repair: what waits for it, link or rename (with the new SKU), what happens, a reason. */
public final class ProductRepairPanel extends JPanel {
    private final ProductRepairPresenter presenter;
    private final DefaultListModel<String> waiting = new DefaultListModel<>();
    private final JTextArea explanation = new JTextArea(3, 50);
    private final JTextField sku = new JTextField(16);
    private final JTextField barcode = new JTextField(16);
    private final JTextField reason = new JTextField();
    private final JLabel message = new JLabel(" ");
    private final JButton resolve = new JButton("Resolve");
    private final JButton cancel = new JButton("Cancel");

    public ProductRepairPanel(ProductRepairPresenter presenter) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][][][grow, fill][][][][][]"));
        setName("repair.panel");
        this.presenter = presenter;
        JLabel title = new JLabel(presenter.title());
        title.setName("repair.title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(title);
        add(new JLabel("Server says: " + presenter.serverMessage()));
        add(new JLabel("Waiting for this product:"));
        JList<String> list = new JList<>(waiting);
        list.setName("repair.waiting");
        add(new JScrollPane(list), "h 80:120:");
        JPanel choices = new JPanel(new MigLayout("insets 0", "[][]"));
        ButtonGroup group = new ButtonGroup();
        for (ProductRepairPresenter.Choice c : ProductRepairPresenter.Choice.values()) {
            JRadioButton b = new JRadioButton(c.label(), c == presenter.choice());
            b.setName("repair.choice." + c.name());
            b.addActionListener(e -> {
                presenter.choose(c);
                refresh();
            });
            group.add(b);
            choices.add(b);
        }
        add(choices);
        sku.setName("repair.sku");
        barcode.setName("repair.barcode");
        sku.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "new SKU");
        barcode.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "new barcode (blank: keep it)");
        add(sku, "split 2, growx");
        add(barcode, "growx");
        explanation.setName("repair.explanation");
        explanation.setEditable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(true);
        add(explanation, "growx");
        reason.setName("repair.reason");
        reason.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Why (kept in the audit trail)");
        add(reason);
        message.setName("repair.message");
        message.setForeground(UIManager.getColor("Actions.Red"));
        add(message);
        resolve.setName("repair.resolve");
        cancel.setName("repair.cancel");
        resolve.setEnabled(presenter.canResolve());
        if (!presenter.canResolve()) message.setText("Only a supervisor can repair a refused product");
        add(cancel, "split 2, tag cancel, growx 0");
        add(resolve, "tag ok, growx 0");
        refresh();
    }

    private void refresh() {
        waiting.clear();
        presenter.waitingLines().forEach(waiting::addElement);
        boolean rename = presenter.choice() == ProductRepairPresenter.Choice.RENAME;
        sku.setEnabled(rename);
        barcode.setEnabled(rename);
        explanation.setText(presenter.choice().explanation());
    }

    public JButton resolveButton() {
        return resolve;
    }

    public JButton cancelButton() {
        return cancel;
    }

    public boolean resolve() {
        boolean ok = presenter.resolve(sku.getText(), barcode.getText(), reason.getText());
        message.setText(ok ? " " : presenter.message());
        return ok;
    }
}
