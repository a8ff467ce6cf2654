package shopdesk.client.ui;

import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;

/** Search as you type, arrow keys to move, Enter to pick, Esc to cancel. */
public final class PickerDialog {
    private PickerDialog() {
    }

    public static <T> Optional<T> pick(Component parent, String name, String title, String placeholder,
                                       Function<String, List<T>> search, Function<T, String> label) {
        JPanel p = new JPanel(new MigLayout("insets dialog, fill", "[450!, fill]", "[][300!, fill][]"));
        JTextField query = new JTextField();
        query.setName(name + ".query");
        Swing.hint(query, placeholder);
        DefaultListModel<T> model = new DefaultListModel<>();
        JList<T> list = new JList<>(model);
        list.setName(name + ".results");
        list.setCellRenderer((l, v, i, sel, focus) -> new javax.swing.DefaultListCellRenderer()
                .getListCellRendererComponent(l, label.apply(v), i, sel, focus));
        JButton ok = new JButton(Messages.get("common.pick"));
        ok.setName(name + ".pick");
        p.add(query, "wrap");
        p.add(new JScrollPane(list), "wrap");
        p.add(ok, "tag ok");
        Runnable refresh = () -> {
            model.clear();
            search.apply(query.getText()).forEach(model::addElement);
            if (!model.isEmpty()) list.setSelectedIndex(0);
        };
        query.getDocument().addDocumentListener(new DocumentListener() {
            public void insertUpdate(DocumentEvent e) {
                refresh.run();
            }

            public void removeUpdate(DocumentEvent e) {
                refresh.run();
            }

            public void changedUpdate(DocumentEvent e) {
                refresh.run();
            }
        });
        Keys.bindFocused(query, "DOWN", "down", () -> list.setSelectedIndex(Math.min(model.size() - 1, list.getSelectedIndex() + 1)));
        Keys.bindFocused(query, "UP", "up", () -> list.setSelectedIndex(Math.max(0, list.getSelectedIndex() - 1)));
        @SuppressWarnings("unchecked") T[] result = (T[]) new Object[1];
        JDialog d = DialogFrame.create(parent, name + ".dialog", title, p, ok);
        ok.addActionListener(e -> {
            result[0] = list.getSelectedValue();
            d.dispose();
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) ok.doClick();
            }
        });
        refresh.run();
        d.setVisible(true);
        return Optional.ofNullable(result[0]);
    }
}
