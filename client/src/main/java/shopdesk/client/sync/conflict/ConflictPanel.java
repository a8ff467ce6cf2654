package shopdesk.client.sync.conflict;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatLaf;
import java.awt.Color;
import java.awt.Component;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Palette;
import shopdesk.client.ui.Swing;

/**
 * The conflict dialog's content: this till's and the server's record side by side with differing fields
 * highlighted (or a parked bill's lines with what each keeps), the choices, what the chosen one does on this
 * till, on the server and to the customer, a reason and Resolve.
 */
public final class ConflictPanel extends JPanel {
    private final ConflictPresenter presenter;
    private final JTextArea explanation = new JTextArea(4, 50);
    private final JTextField reason = new JTextField();
    private final JLabel message = new JLabel(" ");
    private final JButton resolve = new JButton(Messages.get("conflict.resolveButton"));
    private final JButton cancel = new JButton(Messages.get("conflict.cancelButton"));
    private final FieldsModel fields = new FieldsModel();
    private final LinesModel lines = new LinesModel();

    public ConflictPanel(ConflictPresenter presenter) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][][grow, fill][][][][][]"));
        setName("conflict.panel");
        this.presenter = presenter;
        JLabel title = new JLabel(presenter.title());
        title.setName("conflict.title");
        title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        JLabel server = new JLabel(Messages.get("conflict.serverSays", presenter.serverMessage()));
        server.setName("conflict.serverMessage");
        add(title);
        add(server);
        add(new JScrollPane(presenter.isStock() ? billTable() : fieldTable()), "h 180:220:");

        JPanel choices = new JPanel(new MigLayout("insets 0", "[]"));
        ButtonGroup group = new ButtonGroup();
        for (ConflictChoice c : presenter.choices()) {
            JRadioButton b = new JRadioButton(c.label(), c == presenter.choice());
            b.setName("conflict.choice." + c.name());
            b.addActionListener(e -> {
                presenter.choose(c);
                fields.fireTableDataChanged();
                lines.fireTableDataChanged();
                explanation.setText(presenter.explanation());
            });
            group.add(b);
            choices.add(b);
        }
        add(choices);
        explanation.setName("conflict.explanation");
        explanation.setEditable(false);
        explanation.setLineWrap(true);
        explanation.setWrapStyleWord(true);
        explanation.setText(presenter.explanation());
        explanation.putClientProperty(FlatClientProperties.STYLE_CLASS, "medium");
        add(explanation, "growx");
        reason.setName("conflict.reason");
        Swing.hint(reason, Messages.get("conflict.reasonHint"));
        add(reason);
        message.setName("conflict.message");
        Palette.error(message);
        add(message);
        resolve.setName("conflict.resolve");
        cancel.setName("conflict.cancel");
        resolve.setEnabled(presenter.canResolve());
        if (!presenter.canResolve()) message.setText(Messages.get("conflict.onlySupervisor"));
        add(cancel, "split 2, tag cancel, growx 0");
        add(resolve, "tag ok, growx 0");
    }

    public JButton resolveButton() {
        return resolve;
    }

    public JButton cancelButton() {
        return cancel;
    }

    /** Resolves with the typed reason; false and a message beside the buttons when it could not. */
    public boolean resolve() {
        boolean ok = presenter.resolve(reason.getText());
        message.setText(ok ? " " : presenter.message());
        return ok;
    }

    private JTable fieldTable() {
        JTable t = new JTable(fields);
        t.setName("conflict.fields");
        Color highlight = FlatLaf.isLafDark() ? new Color(0x5c4a1a) : new Color(0xffe9a8);
        DefaultTableCellRenderer r = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean sel, boolean focus, int row, int col) {
                Component c = super.getTableCellRendererComponent(table, value, sel, focus, row, col);
                FieldDifference f = presenter.fields().get(row);
                if (!sel) c.setBackground(f.differs() ? highlight : table.getBackground());
                // the side that changed a field since the base is in bold: the eye finds who did what
                boolean changed = (col == 2 && f.changedHere()) || (col == 3 && f.changedThere());
                c.setFont(changed ? table.getFont().deriveFont(java.awt.Font.BOLD) : table.getFont());
                return c;
            }
        };
        for (int i = 0; i < 5; i++) t.getColumnModel().getColumn(i).setCellRenderer(r);
        t.getColumnModel().getColumn(5).setMaxWidth(90);
        return t;
    }

    private JTable billTable() {
        JTable t = new JTable(lines);
        t.setName("conflict.lines");
        return t;
    }

    /** SKU | Product | Sold | Server has | Keeps (editable when reducing): the bill's lines. */
    private final class LinesModel extends AbstractTableModel {
        public int getRowCount() {
            return presenter.bill().lines().size();
        }

        public int getColumnCount() {
            return 5;
        }

        public String getColumnName(int c) {
            return Messages.get(new String[] {"conflict.col.sku", "conflict.col.product", "conflict.col.sold", "conflict.col.serverHas",
                "conflict.col.keeps"}[c]);
        }

        public Class<?> getColumnClass(int c) {
            return c >= 2 ? Long.class : String.class;
        }

        public boolean isCellEditable(int r, int c) {
            return c == 4 && presenter.choice() == ConflictChoice.REDUCE_QUANTITIES;
        }

        public Object getValueAt(int r, int c) {
            BillLines.Line l = presenter.bill().lines().get(r);
            return switch (c) {
                case 0 -> l.sku();
                case 1 -> l.name();
                case 2 -> l.quantity();
                case 3 -> presenter.shortfalls().stream().filter(s -> s.productId().equals(l.productId())).findFirst()
                        .map(s -> (Object) s.available()).orElse(null);
                default -> l.keep();
            };
        }

        public void setValueAt(Object v, int r, int c) {
            presenter.bill().keep(r, v == null ? 0 : ((Number) v).longValue());
            fireTableRowsUpdated(r, r);
            explanation.setText(presenter.explanation());
        }
    }

    /** Field | Base | This till | Server | Changed by | Use mine (editable only when merging). */
    private final class FieldsModel extends AbstractTableModel {
        public int getRowCount() {
            return presenter.fields().size();
        }

        public int getColumnCount() {
            return 6;
        }

        public String getColumnName(int c) {
            return Messages.get(new String[] {"conflict.col.field", "conflict.col.base", "conflict.col.mine", "conflict.col.server",
                "conflict.col.changedBy", "conflict.col.useMine"}[c]);
        }

        public Class<?> getColumnClass(int c) {
            return c == 5 ? Boolean.class : String.class;
        }

        public boolean isCellEditable(int r, int c) {
            return c == 5 && presenter.choice() == ConflictChoice.MERGE && presenter.fields().get(r).differs();
        }

        public Object getValueAt(int r, int c) {
            FieldDifference f = presenter.fields().get(r);
            return switch (c) {
                case 0 -> f.label();
                case 1 -> f.base();
                case 2 -> f.mine();
                case 3 -> f.theirs();
                case 4 -> f.changedBy();
                default -> f.takeMine();
            };
        }

        public void setValueAt(Object v, int r, int c) {
            presenter.takeMine(presenter.fields().get(r).field(), (Boolean) v);
            fireTableRowsUpdated(r, r);
        }
    }
}
