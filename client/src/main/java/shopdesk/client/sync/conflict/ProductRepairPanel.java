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
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Palette;
import shopdesk.client.ui.Swing;

/** The refused product's repair: what waits for it, link or rename (with the new SKU), what happens, a reason. */
public final class ProductRepairPanel extends JPanel {
    private final ProductRepairPresenter presenter;
    private final DefaultListModel<String> waiting = new DefaultListModel<>();
    private final JTextArea explanation = new JTextArea(3, 50);
    private final JTextField sku = new JTextField(16);
    private final JTextField barcode = new JTextField(16);
    private final JTextField reason = new JTextField();
    private final JLabel message = new JLabel(" ");
    private final JButton resolve = new JButton(Messages.get("repair.resolve"));
    private final JButton cancel = new JButton(Messages.get("common.cancel"));

    public ProductRepairPanel(ProductRepairPresenter presenter) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][][][grow, fill][][][][][]"));
        setName("repair.panel");
        this.presenter = presenter;
        JLabel title = new JLabel(presenter.title());
        title.setName("repair.title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        add(title);
        add(new JLabel(Messages.get("repair.serverSays", presenter.serverMessage())));
        add(new JLabel(Messages.get("repair.waiting")));
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
        Swing.hint(sku, Messages.get("repair.newSku"));
        Swing.hint(barcode, Messages.get("repair.newBarcode"));
        add(sku, "split 2, growx");
        add(barcode, "growx");
        explanation.setName("repair.explanation");
        explanation.setEditable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(true);
        add(explanation, "growx");
        reason.setName("repair.reason");
        Swing.hint(reason, Messages.get("repair.why"));
        add(reason);
        message.setName("repair.message");
        Palette.error(message);
        add(message);
        resolve.setName("repair.resolve");
        cancel.setName("repair.cancel");
        resolve.setEnabled(presenter.canResolve());
        if (!presenter.canResolve()) message.setText(Messages.get("repair.supervisorOnly"));
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
