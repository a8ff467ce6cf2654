package shopdesk.client.reports;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;
import shopdesk.client.i18n.Messages;
import shopdesk.client.ui.Swing;

/** The report screen: a date range, a line of totals, and a tab per section with its chart over its table. */
public final class ReportsPanel extends JPanel {
    private final ReportsPresenter presenter;
    private final JTextField from = new JTextField(10);
    private final JTextField to = new JTextField(10);
    private final JLabel summary = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JTabbedPane tabs = new JTabbedPane();

    public ReportsPanel(ReportsPresenter presenter) {
        super(new MigLayout("insets dialog, fill", "[grow, fill]", "[][][][grow, fill]"));
        this.presenter = presenter;
        setName("reports.panel");
        from.setName("reports.from");
        to.setName("reports.to");
        summary.setName("reports.summary");
        summary.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        message.setName("reports.message");
        message.putClientProperty(FlatClientProperties.STYLE_CLASS, "small");
        tabs.setName("reports.tabs");
        from.setText(presenter.defaultFrom().toString());
        to.setText(presenter.today().toString());
        JButton show = new JButton(Messages.get("reports.show"));
        show.setName("reports.show");
        show.addActionListener(e -> showReport());
        JButton export = new JButton(Messages.get("reports.export"));
        export.setName("reports.export");
        export.addActionListener(e -> export());
        from.addActionListener(e -> showReport());
        to.addActionListener(e -> showReport());

        JPanel range = new JPanel(new MigLayout("insets 0", "[][][][][button][button]"));
        range.add(Swing.labelFor(Messages.get("reports.from"), from));
        range.add(from);
        range.add(Swing.labelFor(Messages.get("reports.to"), to));
        range.add(to);
        range.add(show);
        range.add(export);
        add(range, "wrap");
        add(summary, "wrap");
        add(message, "wrap");
        add(tabs);
    }

    /**
     * The show button's work; public so the window can load the default range when it opens. The queries run off
     * the event thread: a month on a till with a million bills takes most of a second.
     */
    public void showReport() {
        String fromText = from.getText();
        String toText = to.getText();
        message.setText(Messages.get("reports.reading"));
        new SwingWorker<Optional<String>, Void>() {
            @Override
            protected Optional<String> doInBackground() {
                return presenter.show(fromText, toText);
            }

            @Override
            protected void done() {
                try {
                    showLoaded(get());
                } catch (InterruptedException | ExecutionException e) {
                    message.setText(Messages.get("reports.readFailed", String.valueOf(e.getMessage())));
                }
            }
        }.execute();
    }

    private void showLoaded(Optional<String> problem) {
        if (problem.isPresent()) {
            message.setText(problem.get());
            return;
        }
        message.setText(Messages.get("reports.hint"));
        // two lines: one would be wider than a 1024-pixel screen
        summary.setText("<html>" + String.join("<br>", presenter.summaryLines().stream().map(ReportsPanel::html).toList()) + "</html>");
        int selected = Math.max(0, tabs.getSelectedIndex());
        tabs.removeAll();
        for (ReportSection s : presenter.sections()) tabs.addTab(s.name(), section(s));
        if (selected < tabs.getTabCount()) tabs.setSelectedIndex(selected);
    }

    private static Component section(ReportSection s) {
        JTable table = new JTable(model(s.table()));
        table.setName("reports.table." + s.table().file());
        table.setAutoCreateRowSorter(true);
        JScrollPane scroll = new JScrollPane(table);
        if (s.chart() == null) return scroll;
        ChartPanel chart = new ChartPanel(Charts.of(s.chart()), false);
        chart.setName("reports.chart." + s.table().file());
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chart, scroll);
        split.setResizeWeight(0.62);
        split.setBorder(null);
        return split;
    }

    private static DefaultTableModel model(ReportTable t) {
        DefaultTableModel m = new DefaultTableModel(t.headers().toArray(), 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        for (List<String> row : t.rows()) m.addRow(row.toArray());
        return m;
    }

    private void export() {
        if (presenter.current().isEmpty()) {
            message.setText(Messages.get("reports.exportFirst"));
            return;
        }
        JFileChooser fc = new JFileChooser();
        fc.setDialogTitle(Messages.get("reports.exportFolder"));
        fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
        try {
            List<Path> files = presenter.exportCsv(fc.getSelectedFile().toPath());
            message.setText(Messages.get("reports.exported", Integer.toString(files.size()), fc.getSelectedFile().toString()));
        } catch (Exception ex) {
            JOptionPane.showMessageDialog(this, Messages.get("reports.exportFailed", String.valueOf(ex.getMessage())));
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    JTabbedPane tabs() {
        return tabs;
    }
}
