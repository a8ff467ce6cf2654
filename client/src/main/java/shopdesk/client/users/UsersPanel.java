package shopdesk.client.users;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.FieldMessages;
import shopdesk.client.ui.Swing;
import shopdesk.dal.user.TillStaff.Secret;
import shopdesk.dal.user.User;

/**
 * The till's users: the list, and for a supervisor on a standalone till a form to add a cashier or give the picked
 * one a new password or PIN, and Disable / Enable. Fields in reading order, each label tied to its field.
 */
public final class UsersPanel extends JPanel {
    private final UsersPresenter presenter;
    private final UserTableModel model = new UserTableModel();
    private final JTable table = new JTable(model);
    private final JTextField username = new JTextField();
    private final JTextField name = new JTextField();
    private final JRadioButton password = new JRadioButton(Messages.get("users.kind.password"), true);
    private final JRadioButton pin = new JRadioButton(Messages.get("users.kind.pin"));
    private final JPasswordField secret = new JPasswordField();
    private final JPasswordField confirm = new JPasswordField();
    private final JButton add = new JButton(Messages.get("users.add"));
    private final JButton reset = new JButton(Messages.get("users.reset"));
    private final JButton disable = new JButton(Messages.get("users.disable"));
    private final JButton enable = new JButton(Messages.get("users.enable"));
    private final JButton close = new JButton(Messages.get("common.close"));
    private final JLabel status = new JLabel(" ");
    private final FieldMessages messages = new FieldMessages();

    public UsersPanel(UsersPresenter presenter) {
        super(new MigLayout("insets dialog, fill", "[grow, fill][]", "[grow, fill][][]"));
        setName("users.panel");
        this.presenter = presenter;
        table.setName("users.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getAccessibleContext().setAccessibleName(Messages.get("users.title"));
        add(new JScrollPane(table), "hmin 200, wmin 300");
        add(form(), "aligny top, wrap");
        status.setName("users.status");
        add(status, "span 2, wmin 0, wrap");
        close.setName("users.close");
        add(close, "span 2, right, tag cancel");
        add.addActionListener(e -> act(presenter.add(username.getText(), name.getText(), kind(), secret.getPassword(), confirm.getPassword())));
        reset.addActionListener(e -> act(presenter.reset(picked(), kind(), secret.getPassword(), confirm.getPassword())));
        disable.addActionListener(e -> act(presenter.setDisabled(picked(), true)));
        enable.addActionListener(e -> act(presenter.setDisabled(picked(), false)));
        reload();
    }

    private JPanel form() {
        JPanel p = new JPanel(new MigLayout("insets 0, wrap 2, hidemode 3", "[right][200:240, fill]"));
        name(username, "users.username");
        name(name, "users.name");
        name(secret, "users.secret");
        name(confirm, "users.confirm");
        password.setName("users.kind.password");
        pin.setName("users.kind.pin");
        add.setName("users.add");
        reset.setName("users.resetSecret");
        disable.setName("users.disable");
        enable.setName("users.enable");
        ButtonGroup kinds = new ButtonGroup();
        kinds.add(password);
        kinds.add(pin);
        JLabel title = new JLabel(Messages.get("users.newCashier"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        p.add(title, "span 2, left");
        row(p, "users.field.username", username, UsersPresenter.USERNAME);
        row(p, "users.field.name", name, UsersPresenter.NAME);
        JLabel kindLabel = Swing.labelFor(Messages.get("users.field.kind"), password);
        p.add(kindLabel);
        p.add(password, "split 2");
        p.add(pin);
        row(p, "users.field.secret", secret, UsersPresenter.SECRET);
        row(p, "users.field.confirm", confirm, UsersPresenter.CONFIRM);
        p.add(add, "skip, growx 0, right");
        JLabel picked = new JLabel(Messages.get("users.pickedUser"));
        picked.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        p.add(picked, "span 2, left, gaptop para");
        p.add(messages.register(UsersPresenter.USER, table), "span 2, wmin 0");
        p.add(reset, "span 2, split 3, right");
        p.add(disable);
        p.add(enable);
        return p;
    }

    private void act(boolean ok) {
        messages.show(presenter.errors());
        status.setText(presenter.status().isEmpty() ? " " : presenter.status());
        if (ok) {
            model.show(presenter.shown());
            secret.setText("");
            confirm.setText("");
        }
    }

    public void reload() {
        model.show(presenter.reload());
        boolean edit = presenter.canEdit();
        for (JComponent c : new JComponent[] {username, name, password, pin, secret, confirm, add, reset, disable, enable}) {
            c.setEnabled(edit);
        }
        status.setText(presenter.status().isEmpty() ? " " : presenter.status());
    }

    public JButton closeButton() {
        return close;
    }

    private User picked() {
        return presenter.at(table.getSelectedRow()).orElse(null);
    }

    private Secret kind() {
        return pin.isSelected() ? Secret.PIN : Secret.PASSWORD;
    }

    private void row(JPanel p, String labelKey, JComponent input, String field) {
        JLabel label = Swing.labelFor(Messages.get(labelKey), input);
        p.add(label);
        p.add(input);
        p.add(messages.register(field, input), "skip, wmin 0");
    }

    private static void name(JComponent c, String n) {
        c.setName(n);
    }
}
