package shopdesk.client.session;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Palette;
import shopdesk.client.ui.Swing;

/** User name, password, Enter. Also the lock screen: the till shows it again after Lock or Switch user. */
public final class LoginPanel extends JPanel {
    private final JTextField username = new JTextField(18);
    private final JPasswordField password = new JPasswordField(18);
    private final JLabel error = new JLabel(" ");
    private final JButton login = new JButton(Messages.get("login.submit"));

    public LoginPanel(LoginPresenter presenter, String shopLine) {
        super(new MigLayout("insets dialog, fill", "push[][260!, fill]push", "push[][][][][][]push"));
        setName("login.panel");
        username.setName("login.username");
        password.setName("login.password");
        error.setName("login.error");
        login.setName("login.submit");
        Palette.error(error);
        JLabel title = new JLabel("ShopDesk");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h00");
        JLabel shop = new JLabel(shopLine);
        shop.setName("login.shop");
        add(title, "span 2, wrap");
        add(shop, "span 2, wrap para");
        JLabel userLabel = Swing.labelFor(Messages.get("login.username"), username);
        JLabel passwordLabel = Swing.labelFor(Messages.get("login.password"), password);
        add(userLabel);
        add(username, "wrap");
        add(passwordLabel);
        add(password, "wrap");
        add(error, "span 2, wrap");
        add(login, "skip, tag ok");
        login.addActionListener(e -> {
            if (!presenter.login(username.getText(), password.getPassword())) {
                error.setText(presenter.error());
                password.setText("");
                password.requestFocusInWindow();
            } else {
                error.setText(" ");
                username.setText("");
                password.setText("");
            }
        });
        username.addActionListener(e -> password.requestFocusInWindow());
        password.addActionListener(e -> login.doClick());
    }

    public void focusFirst() {
        SwingUtilities.invokeLater(username::requestFocusInWindow);
    }
}
