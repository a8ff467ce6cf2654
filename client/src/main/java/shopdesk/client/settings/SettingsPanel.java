package shopdesk.client.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.ColumnPanel;
import shopdesk.client.ui.FieldMessages;
import shopdesk.client.ui.Swing;
import shopdesk.dal.settings.SettingKey;
import shopdesk.dal.settings.SettingKeys;

/**
 * The settings screen: shop details for receipts, printer, look and language, sync and backups, one labelled field
 * per setting in reading order. Read only for a cashier.
 */
public final class SettingsPanel extends JPanel {
    private static final List<List<SettingKey>> SECTIONS = List.of(
            List.of(SettingKeys.SHOP_NAME, SettingKeys.SHOP_ADDRESS, SettingKeys.SHOP_TAX_ID, SettingKeys.CURRENCY, SettingKeys.LOCALE),
            List.of(SettingKeys.PRINTER_KIND, SettingKeys.PRINTER_ADDRESS, SettingKeys.PRINTER_WIDTH, SettingKeys.DRAWER_KICK),
            List.of(SettingKeys.THEME, SettingKeys.TEXT_PERCENT, SettingKeys.LANGUAGE, SettingKeys.TOUCH),
            List.of(SettingKeys.SYNC_INTERVAL_SECONDS, SettingKeys.BACKUP_FOLDER, SettingKeys.BACKUP_RETENTION_DAYS));
    private static final String[] SECTION_TITLES = {"settings.section.shop", "settings.section.printer",
        "settings.section.look", "settings.section.sync"};
    private final SettingsPresenter presenter;
    private final Map<String, JComponent> fields = new LinkedHashMap<>();
    private final FieldMessages messages = new FieldMessages();
    private final JLabel status = new JLabel(" ");
    private final JButton save = new JButton(Messages.get("settings.save"));
    private final JButton close = new JButton(Messages.get("common.close"));

    public SettingsPanel(SettingsPresenter presenter) {
        super(new MigLayout("insets dialog, fill", "[grow, fill]", "[grow, fill][][]"));
        setName("settings.panel");
        this.presenter = presenter;
        JPanel form = new ColumnPanel(new MigLayout("insets 0 0 0 8, wrap 2, hidemode 3", "[right][200:340:, grow, fill]"), 16, 16);
        for (int i = 0; i < SECTIONS.size(); i++) {
            JLabel title = new JLabel(Messages.get(SECTION_TITLES[i]));
            title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
            form.add(title, "span 2, left, gaptop " + (i == 0 ? "0" : "para"));
            for (SettingKey k : SECTIONS.get(i)) row(form, k);
        }
        JScrollPane scroll = new JScrollPane(form, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, "wrap");
        status.setName("settings.status");
        add(status, "wrap, wmin 0");
        save.setName("settings.save");
        close.setName("settings.close");
        add(close, "split 2, right, tag cancel");
        add(save, "tag ok");
        save.addActionListener(e -> save());
        show(presenter.load());
    }

    public JButton saveButton() {
        return save;
    }

    public JButton closeButton() {
        return close;
    }

    void save() {
        boolean ok = presenter.save(texts());
        messages.show(presenter.errors());
        status.setText(presenter.status().isEmpty() ? " " : presenter.status());
        if (ok) show(presenter.shown().orElseThrow().values());
    }

    private void show(Map<String, String> values) {
        boolean edit = presenter.canEdit();
        for (var e : fields.entrySet()) {
            String v = values.getOrDefault(e.getKey(), "");
            JComponent c = e.getValue();
            if (c instanceof JTextField t) t.setText(v);
            else if (c instanceof JCheckBox b) b.setSelected(Boolean.parseBoolean(v));
            else if (c instanceof JComboBox<?> box) box.setSelectedItem(v);
            c.setEnabled(edit);
        }
        save.setEnabled(edit);
        if (!presenter.status().isEmpty()) status.setText(presenter.status());
    }

    private Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : fields.entrySet()) {
            JComponent c = e.getValue();
            if (c instanceof JTextField t) out.put(e.getKey(), t.getText());
            else if (c instanceof JCheckBox b) out.put(e.getKey(), String.valueOf(b.isSelected()));
            else if (c instanceof JComboBox<?> box) out.put(e.getKey(), String.valueOf(box.getSelectedItem()));
        }
        return out;
    }

    private void row(JPanel form, SettingKey k) {
        JComponent input = input(k);
        input.setName("settings." + k.name());
        JLabel label = Swing.labelFor(Messages.get("settings." + k.name()), input);
        fields.put(k.name(), input);
        form.add(label);
        form.add(input);
        form.add(messages.register(k.name(), input), "skip, wmin 0");
        String hint = hint(k);
        if (hint != null) {
            input.setToolTipText(hint);
            if (input instanceof JTextField t) t.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, hint);
        }
    }

    private static JComponent input(SettingKey k) {
        return switch (k.kind()) {
            case CHOICE -> {
                JComboBox<String> box = new JComboBox<>(k.choices().toArray(String[]::new));
                box.setRenderer(new ChoiceRenderer(k));
                yield box;
            }
            case FLAG -> new JCheckBox(Messages.get("settings." + k.name() + ".on"));
            default -> new JTextField();
        };
    }

    private static String hint(SettingKey k) {
        return switch (k.name()) {
            case "shop.currency", "printer.address", "backup.folder", "shop.tax-id" -> Messages.get("settings." + k.name() + ".hint");
            case "sync.interval-seconds", "backup.retention-days" -> Messages.get("settings.hint.range", k.min(), k.max());
            default -> null;
        };
    }

    /** Shows a choice in the screen's language ("Dark", "गहरा") while the stored value stays "dark". */
    private static final class ChoiceRenderer extends DefaultListCellRenderer {
        private final SettingKey key;

        ChoiceRenderer(SettingKey key) {
            this.key = key;
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
            String shown = key == SettingKeys.TEXT_PERCENT ? value + " %" : Messages.get("settings." + key.name() + "." + value);
            return super.getListCellRendererComponent(list, shown, index, selected, focus);
        }
    }
}
