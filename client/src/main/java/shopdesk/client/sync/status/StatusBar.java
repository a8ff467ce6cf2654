package shopdesk.client.sync.status;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.PauseReason;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.SyncStatus;
import shopdesk.client.ui.MessageArea;
import shopdesk.client.ui.Palette;

/** Always visible: online/offline, pending and failed counts, last sync, Sync now, progress while syncing. */
public final class StatusBar extends JPanel {
    private final SyncPort sync;
    private final StatusPresenter presenter;
    private final JLabel connection = label("status.connection");
    private final JLabel pending = label("status.pending");
    private final JLabel attention = label("status.attention");
    private final JLabel lastSync = label("status.lastSync");
    private final JLabel clock = label("status.clock");
    private final JLabel user = label("status.user");
    private final MessageArea warning = new MessageArea("status.warning");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JButton syncNow = new JButton(Messages.get("status.syncNow"));
    private final JToggleButton offline = new JToggleButton(Messages.get("status.workOffline"));

    public StatusBar(SyncPort sync, StatusPresenter presenter) {
        super(new MigLayout("insets 2 8 2 8, fillx, hidemode 3", "[][][][][]push[][][][]", "[][]"));
        setName("status.bar");
        this.sync = sync;
        this.presenter = presenter;
        progress.setName("status.progress");
        syncNow.setName("status.syncNow");
        offline.setName("status.workOffline");
        syncNow.setFocusable(false);
        offline.setFocusable(false);
        progress.setVisible(false);
        warning.setVisible(false);
        syncNow.addActionListener(e -> new Thread(sync::syncNow, "sync-now").start());
        offline.addActionListener(e -> sync.setWorkOffline(offline.isSelected()));
        add(warning, "span, growx, wmin 0, wrap");   // a line of its own, only while there is a warning
        add(connection);
        add(pending, "gapleft 12");
        add(attention, "gapleft 12");
        add(lastSync, "gapleft 12");
        add(clock, "gapleft 12");
        add(user);
        add(progress, "w 120!, hidemode 0");
        add(offline);
        add(syncNow);
        sync.addListener(() -> SwingUtilities.invokeLater(this::refresh));
        refresh();
    }

    /** A local problem the cashier must know about (low disk, failed backup); "" hides it. */
    public void showWarning(String text) {
        warning.setText(text);
        Palette.error(warning);
        warning.setVisible(text != null && !text.isEmpty());
    }

    public void showUser(String text) {
        user.setText(text);
    }

    public void refresh() {
        SyncStatus s = sync.status();
        connection.setText(presenter.connection(s));
        if (presenter.connectionIsBad(s)) Palette.error(connection);
        else Palette.ok(connection);
        pending.setText(presenter.pending(s));
        attention.setText(presenter.attention(s));
        Palette.error(attention);
        lastSync.setText(presenter.lastSync(s));
        clock.setText(presenter.clockSkew(s));
        Palette.error(clock);
        clock.setVisible(!clock.getText().isEmpty());
        int pct = presenter.progressPercent(s);
        progress.setVisible(s.syncing());
        progress.setIndeterminate(s.syncing() && pct < 0);
        if (pct >= 0) progress.setValue(pct);
        syncNow.setEnabled(s.configured());
        offline.setEnabled(s.configured());
        offline.setSelected(s.paused() == PauseReason.WORK_OFFLINE);
    }

    private static JLabel label(String name) {
        JLabel l = new JLabel();
        l.setName(name);
        return l;
    }
}
