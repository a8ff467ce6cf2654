package shopdesk.client.setup;

import com.formdev.flatlaf.FlatClientProperties;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.app.TillIdentity;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.FieldMessages;
import shopdesk.client.ui.Swing;

/** First run: work standalone (shop name + admin) or connect to the shop's cloud (URL, shop, device). */
public final class FirstRunPanel extends JPanel {
    private final FieldMessages messages = new FieldMessages();

    public FirstRunPanel(FirstRunPresenter presenter, Consumer<TillIdentity> done) {
        super(new MigLayout("insets dialog, wrap 3", "[][280!, fill][]", "[]"));
        setName("firstRun.panel");
        JLabel title = new JLabel(Messages.get("firstRun.title"));
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h1");
        add(title, "span 3, wrap para");

        JRadioButton standalone = new JRadioButton(Messages.get("firstRun.standalone"), true);
        standalone.setName("firstRun.standalone");
        JRadioButton cloud = new JRadioButton(Messages.get("firstRun.cloud"));
        cloud.setName("firstRun.cloud");
        ButtonGroup g = new ButtonGroup();
        g.add(standalone);
        g.add(cloud);

        JTextField shopName = field("firstRun.shopName");
        JTextField user = field("firstRun.username");
        JPasswordField pass = new JPasswordField();
        pass.setName("firstRun.password");
        JTextField url = field("firstRun.cloudUrl");
        url.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "https://cloud.example.com");
        JTextField shopId = field("firstRun.shopId");
        JTextField deviceId = field("firstRun.deviceId");
        JTextField deviceCode = field("firstRun.deviceCode");
        deviceCode.setText("T2");

        add(standalone, "span 3");
        row(Messages.get("firstRun.shopName"), shopName, FirstRunPresenter.SHOP_NAME);
        row(Messages.get("firstRun.username"), user, FirstRunPresenter.USERNAME);
        row(Messages.get("firstRun.password"), pass, FirstRunPresenter.PASSWORD);
        add(cloud, "span 3, gaptop para");
        row(Messages.get("firstRun.cloudUrl"), url, FirstRunPresenter.CLOUD_URL);
        row(Messages.get("firstRun.shopId"), shopId, FirstRunPresenter.SHOP_ID);
        row(Messages.get("firstRun.deviceId"), deviceId, FirstRunPresenter.DEVICE_ID);
        row(Messages.get("firstRun.deviceCode"), deviceCode, FirstRunPresenter.DEVICE_CODE);

        JButton start = new JButton(Messages.get("firstRun.start"));
        start.setName("firstRun.start");
        add(start, "skip, tag ok");
        start.addActionListener(e -> {
            var result = standalone.isSelected()
                    ? presenter.standalone(shopName.getText(), user.getText(), pass.getPassword())
                    : presenter.connect(url.getText(), shopId.getText(), shopName.getText(), deviceId.getText(), deviceCode.getText());
            messages.show(presenter.errors());
            result.ifPresent(done);
        });
    }

    private void row(String label, JComponent input, String field) {
        add(Swing.labelFor(label, input));
        add(input);
        add(messages.register(field, input));
    }

    private static JTextField field(String name) {
        JTextField f = new JTextField();
        f.setName(name);
        return f;
    }
}
