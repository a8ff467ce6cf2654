package shopdesk.client.catalog;

import java.util.List;
import javax.swing.JButton;
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
import shopdesk.client.ui.RowTableModel;
import shopdesk.client.ui.Swing;
import shopdesk.dal.common.PageRequest;

/** Customers: search, edit or add with inline validation. */
public final class CustomersPanel extends JPanel {
    private final CustomerFormPresenter presenter;
    private final CatalogPort catalog;
    private final Model model = new Model();
    private final JTable table = new JTable(model);
    private final JTextField search = new JTextField();
    private final JTextField name = new JTextField();
    private final JTextField phone = new JTextField();
    private final JTextField email = new JTextField();
    private final JLabel status = new JLabel(" ");
    private final FieldMessages messages = new FieldMessages();

    public CustomersPanel(CustomerFormPresenter presenter, CatalogPort catalog) {
        super(new MigLayout("insets dialog, fill", "[grow, fill][]", "[][grow, fill]"));
        setName("customers.panel");
        this.presenter = presenter;
        this.catalog = catalog;
        table.setName("customers.table");
        search.setName("customers.search");
        name.setName("customer.name");
        phone.setName("customer.phone");
        email.setName("customer.email");
        status.setName("customer.status");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        Swing.hint(search, Messages.get("catalog.search.customers"));
        add(search, "wrap");
        add(new JScrollPane(table), "grow");
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[][200:240, fill]"));
        row(form, Messages.get("customer.name"), name, CustomerFormPresenter.NAME);
        row(form, Messages.get("customer.phone"), phone, CustomerFormPresenter.PHONE);
        row(form, Messages.get("customer.email"), email, CustomerFormPresenter.EMAIL);
        JButton fresh = new JButton(Messages.get("catalog.new"));
        fresh.setName("customer.new");
        JButton save = new JButton(Messages.get("catalog.save"));
        save.setName("customer.save");
        form.add(status, "span 2, wmin 0");
        form.add(fresh, "skip, split 2");
        form.add(save);
        add(form, "aligny top");
        search.addActionListener(e -> reload());
        fresh.addActionListener(e -> fill(null));
        save.addActionListener(e -> {
            var saved = presenter.save(name.getText(), phone.getText(), email.getText());
            messages.show(presenter.errors());
            saved.ifPresent(c -> {
                status.setText(Messages.get("catalog.saved", c.name()));
                reload();
            });
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && table.getSelectedRow() >= 0) fill(model.row(table.getSelectedRow()));
        });
    }

    public void reload() {
        model.show(catalog.searchCustomers(search.getText(), PageRequest.first(200)).items());
    }

    private void fill(CustomerView c) {
        presenter.edit(c);
        name.setText(c == null ? "" : c.name());
        phone.setText(c == null || c.phone() == null ? "" : c.phone());
        email.setText(c == null || c.email() == null ? "" : c.email());
        messages.clear();
        status.setText(c == null ? Messages.get("customer.new") : Messages.get("catalog.editing", c.name()));
    }

    private void row(JPanel p, String label, JComponent input, String field) {
        p.add(Swing.labelFor(label, input));
        p.add(input);
        p.add(messages.register(field, input), "skip, wmin 0");   // under its field, only while it has an error
    }

    private static final class Model extends RowTableModel<CustomerView> {
        private final List<String> columns = List.of(Messages.get("customer.name"), Messages.get("customer.phone"),
                Messages.get("customer.email"));

        @Override
        protected List<String> columns() {
            return columns;
        }

        @Override
        protected Object value(CustomerView v, int c) {
            return c == 0 ? v.name() : c == 1 ? (v.phone() == null ? "" : v.phone()) : (v.email() == null ? "" : v.email());
        }
    }
}
