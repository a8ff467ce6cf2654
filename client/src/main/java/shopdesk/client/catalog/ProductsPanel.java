package shopdesk.client.catalog;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.ui.FieldMessages;
import shopdesk.dal.common.PageRequest;

/** Products: search, pick one to edit, or New; every field validated inline on Save. */
public final class ProductsPanel extends JPanel {
    private final ProductFormPresenter presenter;
    private final CatalogPort catalog;
    private final ProductTableModel model = new ProductTableModel();
    private final JTable table = new JTable(model);
    private final JTextField search = text("products.search");
    private final JTextField sku = text("product.sku");
    private final JTextField barcode = text("product.barcode");
    private final JTextField name = text("product.name");
    private final JTextField price = text("product.price");
    private final JTextField tax = text("product.tax");
    private final JTextField lowStock = text("product.lowStock");
    private final JCheckBox inclusive = check("product.taxInclusive", "Price includes tax");
    private final JCheckBox byWeight = check("product.soldByWeight", "Sold by weight (price per kg)");
    private final JLabel status = new JLabel(" ");
    private final FieldMessages messages = new FieldMessages();

    public ProductsPanel(ProductFormPresenter presenter, CatalogPort catalog) {
        super(new MigLayout("insets dialog, fill", "[grow, fill][]", "[][grow, fill]"));
        setName("products.panel");
        this.presenter = presenter;
        this.catalog = catalog;
        table.setName("products.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        status.setName("product.status");
        search.putClientProperty("JTextField.placeholderText", "Name, SKU or barcode, Enter");
        add(search, "wrap");
        add(new JScrollPane(table), "grow");
        add(form(), "aligny top");
        search.addActionListener(e -> reload());
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) fill(model.row(table.getSelectedRow()));
        });
    }

    private JPanel form() {
        JPanel p = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[][200:240, fill]"));
        row(p, "SKU", sku, ProductFormPresenter.SKU);
        row(p, "Barcode", barcode, ProductFormPresenter.BARCODE);
        row(p, "Name", name, ProductFormPresenter.NAME);
        row(p, "Price", price, ProductFormPresenter.PRICE);
        p.add(inclusive, "skip");
        p.add(byWeight, "skip");
        row(p, "Tax %", tax, ProductFormPresenter.TAX);
        row(p, "Low-stock level", lowStock, ProductFormPresenter.LOW_STOCK);
        JButton fresh = new JButton("New");
        fresh.setName("product.new");
        JButton save = new JButton("Save");
        save.setName("product.save");
        p.add(status, "span 2, wmin 0");
        p.add(fresh, "skip, split 2");
        p.add(save);
        fresh.addActionListener(e -> fill(null));
        save.addActionListener(e -> save());
        return p;
    }

    void save() {
        var saved = presenter.save(sku.getText(), barcode.getText(), name.getText(), price.getText(), tax.getText(), lowStock.getText(),
                inclusive.isSelected(), byWeight.isSelected());
        messages.show(presenter.errors());
        saved.ifPresent(p -> {
            status.setText("Saved " + p.name());
            reload();
        });
    }

    public void reload() {
        model.show(catalog.searchProducts(search.getText(), PageRequest.first(200)).items());
    }

    private void fill(ProductView p) {
        presenter.edit(p);
        String[] t = ProductFormPresenter.texts(p);
        sku.setText(t[0]);
        barcode.setText(t[1]);
        name.setText(t[2]);
        price.setText(t[3]);
        tax.setText(t[4]);
        lowStock.setText(t[5]);
        inclusive.setSelected(p != null && p.taxInclusive());
        byWeight.setSelected(p != null && p.soldByWeight());
        messages.clear();
        status.setText(p == null ? "New product" : "Editing " + p.name());
    }

    private void row(JPanel p, String label, JComponent input, String field) {
        p.add(new JLabel(label));
        p.add(input);
        p.add(messages.register(field, input), "skip, wmin 0");   // under its field, only while it has an error
    }

    private static JCheckBox check(String name, String label) {
        JCheckBox c = new JCheckBox(label);
        c.setName(name);
        return c;
    }

    private static JTextField text(String name) {
        JTextField f = new JTextField();
        f.setName(name);
        return f;
    }
}
