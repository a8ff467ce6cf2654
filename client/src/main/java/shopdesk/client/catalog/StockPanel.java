package shopdesk.client.catalog;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.FieldMessages;
import shopdesk.client.ui.Swing;
import shopdesk.dal.common.PageRequest;

/** Stock: receive goods, adjust with a reason, and the low-stock list. */
public final class StockPanel extends JPanel {
    private final StockPresenter presenter;
    private final CatalogPort catalog;
    private final ProductTableModel model = new ProductTableModel();
    private final JTable table = new JTable(model);
    private final JTextField search = new JTextField();
    private final JTextField quantity = new JTextField(6);
    private final JTextField reason = new JTextField(16);
    private final JLabel status = new JLabel(" ");
    private final FieldMessages messages = new FieldMessages();

    public StockPanel(StockPresenter presenter, CatalogPort catalog) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][grow, fill][][]"));
        setName("stock.panel");
        this.presenter = presenter;
        this.catalog = catalog;
        table.setName("stock.table");
        search.setName("stock.search");
        quantity.setName("stock.quantity");
        reason.setName("stock.reason");
        status.setName("stock.status");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        Swing.hint(search, Messages.get("catalog.search.products"));
        JButton low = new JButton(Messages.get("stock.low"));
        low.setName("stock.low");
        JButton receive = new JButton(Messages.get("stock.receive"));
        receive.setName("stock.receive");
        JButton adjust = new JButton(Messages.get("stock.adjust"));
        adjust.setName("stock.adjust");
        add(search, "split 2, growx");
        add(low);
        add(new JScrollPane(table));
        // The errors go under their fields, so the fields keep a usable width on a small screen.
        JPanel form = new JPanel(new MigLayout("insets 0, fillx, hidemode 3", "[][80:120][][grow, 160:][][]", "[][]"));
        JLabel quantityLabel = Swing.labelFor(Messages.get("stock.quantity"), quantity);
        quantityLabel.setName("stock.quantity.label");
        // a weighed product's quantity is typed in kg, so the label says which
        table.getSelectionModel().addListSelectionListener(e -> quantityLabel.setText(StockPresenter.quantityLabel(selected())));
        form.add(quantityLabel, "cell 0 0");
        form.add(quantity, "cell 1 0, growx");
        form.add(Swing.labelFor(Messages.get("stock.reason"), reason), "cell 2 0");
        form.add(reason, "cell 3 0, growx");
        form.add(receive, "cell 4 0");
        form.add(adjust, "cell 5 0");
        form.add(messages.register(StockPresenter.QUANTITY, quantity), "cell 1 1 2 1, wmin 0");
        form.add(messages.register(StockPresenter.REASON, reason), "cell 3 1 3 1, wmin 0");
        add(form, "growx");
        add(status);
        search.addActionListener(e -> reload());
        low.addActionListener(e -> model.show(presenter.lowStock()));
        receive.addActionListener(e -> after(presenter.receive(selected(), quantity.getText(), reason.getText())));
        adjust.addActionListener(e -> after(presenter.adjust(selected(), quantity.getText(), reason.getText())));
    }

    private ProductView selected() {
        int r = table.getSelectedRow();
        return r < 0 ? null : model.row(r);
    }

    private void after(boolean ok) {
        messages.show(presenter.errors());
        status.setText(presenter.message());
        if (ok) {
            quantity.setText("");
            reason.setText("");
            reload();
        }
    }

    public void reload() {
        model.show(catalog.searchProducts(search.getText(), PageRequest.first(200)).items());
    }
}
