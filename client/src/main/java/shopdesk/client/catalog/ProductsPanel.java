package shopdesk.client.catalog;

import com.formdev.flatlaf.FlatClientProperties;
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
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.FieldMessages;
import shopdesk.client.ui.Swing;
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
    private final JTextField category = text("product.category");
    private final JCheckBox inclusive = check("product.taxInclusive", Messages.get("product.taxInclusive"));
    private final JCheckBox byWeight = check("product.soldByWeight", Messages.get("product.soldByWeight"));
    private final JLabel picture = new JLabel();
    private final JLabel status = new JLabel(" ");
    private final JButton reloadCurrent = new JButton(Messages.get("product.reload"));
    private final FieldMessages messages = new FieldMessages();

    public ProductsPanel(ProductFormPresenter presenter, CatalogPort catalog) {
        super(new MigLayout("insets dialog, fill", "[grow, fill][]", "[][grow, fill]"));
        setName("products.panel");
        this.presenter = presenter;
        this.catalog = catalog;
        table.setName("products.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        status.setName("product.status");
        Swing.hint(search, Messages.get("catalog.search.products"));
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
        row(p, Messages.get("product.sku"), sku, ProductFormPresenter.SKU);
        row(p, Messages.get("product.barcode"), barcode, ProductFormPresenter.BARCODE);
        row(p, Messages.get("product.name"), name, ProductFormPresenter.NAME);
        row(p, Messages.get("product.price"), price, ProductFormPresenter.PRICE);
        p.add(inclusive, "skip");
        p.add(byWeight, "skip");
        row(p, Messages.get("product.tax"), tax, ProductFormPresenter.TAX);
        row(p, Messages.get("product.lowStock"), lowStock, ProductFormPresenter.LOW_STOCK);
        row(p, Messages.get("product.category"), category, ProductFormPresenter.CATEGORY);
        category.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("product.category.hint"));
        pictureRow(p);
        JButton fresh = new JButton(Messages.get("catalog.new"));
        fresh.setName("product.new");
        JButton save = new JButton(Messages.get("catalog.save"));
        save.setName("product.save");
        reloadCurrent.setName("product.reload");
        reloadCurrent.setVisible(false);
        status.setVerticalAlignment(JLabel.TOP);
        p.add(status, "span 2, wmin 0, w 0:320:");
        p.add(fresh, "skip, split 3");
        p.add(save);
        p.add(reloadCurrent);
        reloadCurrent.addActionListener(e -> fill(presenter.reloadCurrent()));
        fresh.addActionListener(e -> fill(null));
        save.addActionListener(e -> save());
        return p;
    }

    /** The tile's picture: a preview, Choose (any image file, scaled down on import) and Remove. */
    private void pictureRow(JPanel p) {
        picture.setName("product.picture");
        picture.setHorizontalAlignment(JLabel.CENTER);
        picture.setBorder(javax.swing.BorderFactory.createLineBorder(java.awt.Color.GRAY));
        JButton choose = new JButton(Messages.get("product.picture.choose"));
        choose.setName("product.picture.choose");
        JButton remove = new JButton(Messages.get("product.picture.remove"));
        remove.setName("product.picture.remove");
        JLabel l = Swing.labelFor(Messages.get("product.picture"), choose);
        p.add(l);
        JPanel row = new JPanel(new MigLayout("insets 0, flowy, gap 8 4", "[64!][fill]", "[][]"));
        row.add(picture, "spany 2, w 64!, h 64!, wrap");
        row.add(choose);
        row.add(remove);
        p.add(row);
        p.add(messages.register("image", picture), "skip, wmin 0");
        choose.addActionListener(e -> choosePicture());
        remove.addActionListener(e -> {
            presenter.setImage("");
            showPicture();
        });
    }

    private void choosePicture() {
        var chooser = new javax.swing.JFileChooser();
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(Messages.get("product.picture.files"),
                "png", "jpg", "jpeg", "gif", "bmp"));
        if (chooser.showOpenDialog(this) != javax.swing.JFileChooser.APPROVE_OPTION) return;
        try {
            presenter.setImage(ProductImages.fromFile(chooser.getSelectedFile().toPath()));
            status.setText(Messages.get("product.picture.chosen"));
        } catch (java.io.IOException e) {
            status.setText(Messages.get("product.picture.unreadable"));
        }
        showPicture();
    }

    private void showPicture() {
        picture.setIcon(ProductImages.icon(presenter.image(), 60));
        picture.setText(presenter.image() == null ? "—" : null);
    }

    void save() {
        var saved = presenter.save(sku.getText(), barcode.getText(), name.getText(), price.getText(), tax.getText(), lowStock.getText(),
                category.getText(), inclusive.isSelected(), byWeight.isSelected());
        messages.show(presenter.errors());
        presenter.staleMessage().ifPresent(m -> {
            status.setText("<html>" + escape(m) + "</html>");
            reloadCurrent.setVisible(true);
        });
        saved.ifPresent(p -> {
            status.setText(Messages.get("catalog.saved", p.name()));
            reload();
        });
    }

    public void reload() {
        model.show(catalog.searchProducts(search.getText(), PageRequest.first(200)).items());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void fill(ProductView p) {
        reloadCurrent.setVisible(false);
        presenter.edit(p);
        String[] t = ProductFormPresenter.texts(p);
        sku.setText(t[0]);
        barcode.setText(t[1]);
        name.setText(t[2]);
        price.setText(t[3]);
        tax.setText(t[4]);
        lowStock.setText(t[5]);
        category.setText(t[6]);
        inclusive.setSelected(p != null && p.taxInclusive());
        byWeight.setSelected(p != null && p.soldByWeight());
        showPicture();
        messages.clear();
        status.setText(p == null ? Messages.get("product.new") : Messages.get("catalog.editing", p.name()));
    }

    private void row(JPanel p, String label, JComponent input, String field) {
        JLabel l = Swing.labelFor(label, input);
        p.add(l);
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
