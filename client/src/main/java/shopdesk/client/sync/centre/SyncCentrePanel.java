package shopdesk.client.sync.centre;

import java.awt.Font;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.EntryWords;
import shopdesk.client.sync.ResolutionRecord;
import shopdesk.client.ui.ButtonRow;
import shopdesk.client.ui.MessageArea;

/**
 * The sync centre: the queue by state (filters), the selected entry's payload, attempts and error, and the
 * supervisor's actions. Cashiers get the same view with the actions disabled.
 */
public final class SyncCentrePanel extends JPanel {
    private static final Logger LOG = LoggerFactory.getLogger(SyncCentrePanel.class);
    private final SyncCentrePresenter presenter;
    private final SyncCentreActions actions;
    private final QueueTableModel model = new QueueTableModel();
    private final JTable table = new JTable(model);
    private final JTextArea detail = new JTextArea(12, 40);
    private final DefaultTableModel trail = new DefaultTableModel(new Object[] {Messages.get("sync.col.when"),
        Messages.get("sync.col.entry"), Messages.get("sync.col.who"), Messages.get("sync.col.action"), Messages.get("sync.col.reason")}, 0);
    private final Map<EntryState, JCheckBox> filters = new EnumMap<>(EntryState.class);
    private final MessageArea message = new MessageArea("sync.message");
    private final JLabel readOnly = new JLabel(Messages.get("sync.readOnly"));
    private final JButton retry = new JButton(Messages.get("sync.retryButton"));
    private final JButton discard = new JButton(Messages.get("sync.discardButton"));
    private final JButton resolve = new JButton(Messages.get("sync.resolveButton"));
    private final JButton reduceReturn = new JButton(Messages.get("sync.reduceReturnButton"));

    public SyncCentrePanel(SyncCentrePresenter presenter, SyncCentreActions actions) {
        super(new MigLayout("insets dialog, fill", "[grow, fill]", "[][][grow, fill]"));
        setName("sync.panel");
        this.presenter = presenter;
        this.actions = actions;
        table.setName("sync.table");
        detail.setName("sync.detail");
        readOnly.setName("sync.readOnly");
        retry.setName("sync.retry");
        discard.setName("sync.discard");
        resolve.setName("sync.resolve");
        reduceReturn.setName("sync.reduceReturn");
        detail.setEditable(false);
        detail.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        int[] widths = {50, 120, 140, 240, 100, 50, 320};
        for (int c = 0; c < widths.length; c++) table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);

        JPanel filterRow = new ButtonRow();   // eight states and Refresh: two lines on a small screen
        filterRow.add(new JLabel(Messages.get("sync.show")));
        for (EntryState s : EntryState.values()) {
            JCheckBox c = new JCheckBox(EntryWords.state(s), presenter.filter().contains(s));
            c.setName("sync.filter." + s.name());
            c.addActionListener(e -> applyFilter());
            filters.put(s, c);
            filterRow.add(c);
        }
        JButton refresh = new JButton(Messages.get("sync.refresh"));
        refresh.setName("sync.refresh");
        refresh.addActionListener(e -> reload());
        filterRow.add(refresh);
        add(filterRow, "growx, wmin 0, wrap");

        JPanel actionRow = new JPanel(new MigLayout("insets 0, fillx", "[][][][]16[][grow, 0:pref]"));
        actionRow.add(retry);
        actionRow.add(discard);
        actionRow.add(resolve);
        actionRow.add(reduceReturn);
        actionRow.add(readOnly);
        actionRow.add(message, "growx, wmin 0");
        add(actionRow, "growx, wmin 0, wrap");

        JTable trailTable = new JTable(trail);
        trailTable.setName("sync.trail");
        JTabbedPane lower = new JTabbedPane();
        lower.addTab(Messages.get("sync.tab.entry"), new JScrollPane(detail));
        lower.addTab(Messages.get("sync.tab.trail"), new JScrollPane(trailTable));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), lower);
        split.setResizeWeight(0.55);
        add(split, "grow");

        retry.addActionListener(e -> retrySelected());
        discard.addActionListener(e -> discardSelected());
        resolve.addActionListener(e -> resolveSelected());
        reduceReturn.addActionListener(e -> reduceReturnSelected());
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) showDetail();
        });
    }

    public void reload() {
        boolean canAct = presenter.canAct();
        retry.setEnabled(canAct);
        discard.setEnabled(canAct);
        resolve.setEnabled(canAct);
        reduceReturn.setEnabled(false);
        readOnly.setVisible(!canAct);
        model.show(presenter.refresh());
        trail.setRowCount(0);
        for (ResolutionRecord r : presenter.auditTrail()) {
            trail.addRow(new Object[] {QueueTableModel.WHEN.format(java.time.Instant.ofEpochMilli(r.at())), r.seq(), r.userName(),
                    r.action(), r.reason()});
        }
    }

    public void select(long seq) {
        for (int i = 0; i < model.getRowCount(); i++) {
            if (model.row(i).seq() == seq) table.getSelectionModel().setSelectionInterval(i, i);
        }
    }

    /** Like a discard, a retry says why: a FAILED entry was refused once, and the trail shows who sent it again. */
    void retrySelected() {
        List<Long> seqs = selected();
        if (seqs.isEmpty()) {
            message.setText(Messages.get("sync.selectFirst"));
            return;
        }
        Optional<String> reason = actions.askReason(Messages.get("sync.retryTitle"), Messages.get("sync.retryQuestion", seqs.size()));
        if (reason.isEmpty()) return;
        presenter.retry(seqs, reason.get());
        after();
    }

    void discardSelected() {
        List<Long> seqs = selected();
        if (seqs.isEmpty()) {
            message.setText(Messages.get("sync.selectFirst"));
            return;
        }
        List<String> impact = presenter.discardImpact(seqs);
        String waiting = impact.isEmpty() ? "" : "\n\n" + Messages.get("sync.waitingFor") + "\n  "
                + String.join("\n  ", impact);
        if (!presenter.discardAllowed(seqs)) {
            message.setText(Messages.get("sync.paidBillWaits"));
            actions.askReason(Messages.get("sync.cannotDiscardTitle"), Messages.get("sync.cannotDiscard") + waiting);
            return;
        }
        Optional<String> reason = actions.askReason(Messages.get("sync.discardTitle"), Messages.get("sync.discardQuestion", seqs.size())
                + waiting + "\n\n" + Messages.get("sync.why"));
        if (reason.isEmpty()) return;
        presenter.discard(seqs, reason.get());
        after();
    }

    void resolveSelected() {
        List<Long> seqs = selected();
        if (seqs.size() != 1) {
            message.setText(Messages.get("sync.selectOneConflict"));
            return;
        }
        Optional<EntryDetail> d = presenter.detail(seqs.get(0));
        if (d.isPresent() && d.get().conflict() == null && "CREATE_PRODUCT".equals(d.get().entry().action())
                && d.get().entry().state() == EntryState.FAILED) {
            if (actions.repairProduct(d.get())) message.setText(Messages.get("sync.productRepaired", EntryWords.name(d.get())));
            reload();
            return;
        }
        boolean refusedBill = d.isPresent() && "CREATE_BILL".equals(d.get().entry().action())
                && d.get().entry().state() == EntryState.FAILED;
        if (d.isEmpty() || (d.get().conflict() == null && !refusedBill)) {
            message.setText(Messages.get("sync.notAConflict", seqs.get(0)));
            return;
        }
        if (actions.resolveConflict(d.get())) message.setText(Messages.get("sync.resolved", seqs.get(0)));
        reload();
    }

    /** A return conflict: cut it to what is left on its bill, after saying what that means and asking why. */
    void reduceReturnSelected() {
        List<Long> seqs = selected();
        Optional<EntryDetail> d = seqs.size() == 1 ? presenter.detail(seqs.get(0)) : Optional.empty();
        if (d.isEmpty() || !SyncCentrePresenter.isReturnConflict(d.get())) {
            message.setText(Messages.get("sync.selectOneReturn"));
            return;
        }
        Optional<String> reason = actions.askReason(Messages.get("sync.reduceReturnTitle"),
                SyncCentrePresenter.reduceReturnImpact(d.get()) + "\n\n" + Messages.get("sync.whyAudit"));
        if (reason.isEmpty()) return;
        presenter.reduceReturn(seqs.get(0), reason.get());
        after();
    }

    private void after() {
        message.setText(presenter.message());
        reload();
    }

    private void applyFilter() {
        EnumSet<EntryState> states = EnumSet.noneOf(EntryState.class);
        filters.forEach((s, c) -> {
            if (c.isSelected()) states.add(s);
        });
        presenter.setFilter(states);
        model.show(presenter.entries());
    }

    private List<Long> selected() {
        List<Long> out = new ArrayList<>();
        for (int r : table.getSelectedRows()) out.add(model.row(r).seq());
        return out;
    }

    private void showDetail() {
        int[] rows = table.getSelectedRows();
        reduceReturn.setEnabled(false);
        if (rows.length != 1) {
            detail.setText(rows.length == 0 ? "" : Messages.get("sync.selected", rows.length));
            return;
        }
        presenter.detail(model.row(rows[0]).seq()).ifPresent(d -> {
            reduceReturn.setEnabled(presenter.canAct() && SyncCentrePresenter.isReturnConflict(d));
            if (d.entry().lastError() != null) LOG.info("Sync entry {}: last error {}", d.entry().seq(), d.entry().lastError());
            detail.setText(EntryDetailText.describe(d));
            detail.setCaretPosition(0);
        });
    }
}
