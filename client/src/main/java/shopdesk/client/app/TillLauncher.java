package shopdesk.client.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.dayclose.DayCloseWindow;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.print.ReceiptPrinting;
import shopdesk.client.reports.ReportsWindow;
import shopdesk.client.returns.ReturnDialog;
import shopdesk.client.returns.ReturnPresenter;
import shopdesk.client.session.SupervisorApproval;
import shopdesk.client.session.SupervisorLoginDialog;
import shopdesk.client.setup.FirstRunPanel;
import shopdesk.client.ui.MessageArea;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.safety.Backup;
import shopdesk.dal.safety.IntegrityReport;
import shopdesk.dal.safety.ScheduledBackups;
import shopdesk.dal.user.PasswordHasher;

/**
 * Starts a till: theme, splash while the database opens and migrates, first-run set-up when the till has no
 * identity yet, then the main window. Used by {@link shopdesk.client.TillApp} and by the window tests; what it
 * starts is wired by {@link TillAssembly}.
 */
public final class TillLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(TillLauncher.class);
    private final Config config;
    private final Path dataDir;
    private final TillAssembly assembly;
    private final Runnable onExit;
    private final LocalHealthWatch healthWatch;
    private final AtomicReference<Consumer<String>> warnings = new AtomicReference<>(text -> { });

    public TillLauncher(Config config, Path dataDir, Clock clock, PasswordHasher hasher, SyncBackends backends, Runnable onExit) {
        this.config = config;
        this.dataDir = dataDir;
        this.assembly = new TillAssembly(config, dataDir, clock, hasher, backends);
        this.onExit = onExit;
        long warnBelowMb = config.getLong("disk.warn-below-mb", 200, 1, 1_000_000);
        this.healthWatch = new LocalHealthWatch(dataDir, warnBelowMb * 1024 * 1024, text -> {
            if (!text.isEmpty()) LOG.warn(text);
            warnings.get().accept(text);
        });
    }

    /** Opens everything off the event thread; completes with the shown window (or exceptionally). */
    public CompletableFuture<MainWindow> launch() {
        UiPrefs prefs = new UiPrefs(dataDir.resolve("ui.properties"));
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        // The look and feel and the splash are set up on the event thread while the database opens on another:
        // both take hundreds of milliseconds of a cold JVM, and a till has two cores or more. Events run in order,
        // so every window made later (first run, restore question, main window) comes after the theme.
        CompletableFuture<Splash> splash = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                Themes.apply(prefs.dark(), prefs.textPercent());
                Splash s = new Splash();
                s.setVisible(true);
                splash.complete(s);
            } catch (RuntimeException e) {
                splash.completeExceptionally(e);
                throw e;
            }
        });
        CompletableFuture.runAsync(() -> {
            try {
                splash.thenAccept(s -> s.step(Messages.get("splash.opening", String.valueOf(dataDir))));
                Database db = assembly.openDatabase(prefs, TillLauncher::askRestore, problem -> {
                    LOG.error(problem);
                    healthWatch.backupProblem(PlainMessages.BACKUP);
                });
                splash.thenAccept(s -> s.step(Messages.get("splash.ready", String.valueOf(db.schemaVersion()))));
                Consumer<TillIdentity> start = identity -> startTill(db, identity, prefs, shown);
                var existing = assembly.savedIdentity();
                SwingUtilities.invokeLater(() -> {
                    splash.thenAccept(Splash::dispose);
                    if (existing.isPresent()) start.accept(existing.get());
                    else firstRun(db, start);
                });
                warmUpLogin(db);
            } catch (RuntimeException e) {
                LOG.error("The till could not start", e);
                SwingUtilities.invokeLater(() -> {
                    splash.thenAccept(Splash::dispose);
                    JOptionPane.showMessageDialog(null, cannotStart(e), "ShopDesk", JOptionPane.ERROR_MESSAGE);
                    shown.completeExceptionally(e);
                    onExit.run();
                });
            }
        });
        return shown;
    }

    /** While the first window is built: the first login then finds its query and key-derivation classes loaded. */
    private void warmUpLogin(Database db) {
        try {
            assembly.users(db).warmUpLogin();
        } catch (RuntimeException e) {
            LOG.debug("Warming up the login failed (the login will only be slower)", e);
        }
    }

    /** The person at the till decides whether the newest good backup replaces a damaged file. */
    private static boolean askRestore(IntegrityReport damage, Backup offered) {
        boolean[] yes = new boolean[1];
        onEdt(() -> yes[0] = JOptionPane.showConfirmDialog(null, MessageArea.paragraph(damage.message()
                + "\n\n" + Messages.get("start.restore", String.valueOf(java.time.Instant.ofEpochMilli(offered.takenAt()))), 55),
                Messages.get("start.damaged.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION);
        return yes[0];
    }

    private void firstRun(Database db, Consumer<TillIdentity> start) {
        JFrame frame = new JFrame(Messages.get("firstRun.window"));
        frame.setName("firstRun.window");
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.setContentPane(new FirstRunPanel(assembly.firstRun(db), identity -> {
            frame.dispose();
            start.accept(identity);
        }));
        frame.pack();
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
    }

    private void startTill(Database db, TillIdentity identity, UiPrefs prefs, CompletableFuture<MainWindow> shown) {
        try {
            Till till = assembly.startTill(db, identity, prefs);
            MainWindow w = new MainWindow(assembly.ports(till), prefs, () -> {
                healthWatch.close();
                assembly.close();
                till.close();
                onExit.run();
            });
            warnings.set(text -> SwingUtilities.invokeLater(() -> w.view().statusBar().showWarning(text)));
            healthWatch.start();
            var approval = new SupervisorApproval(till.auth());
            w.setDayClose(() -> DayCloseWindow.openFor(w, till.sessions().current(),
                    () -> assembly.dayClose(till, () -> backUpAtDayClose(w)),
                    details -> SupervisorLoginDialog.ask(w, approval, "Approve the drawer count", details)));
            ReceiptPrinting.install(assembly.receiptPrinting(till));
            w.setReports(() -> ReportsWindow.openFor(w, till.sessions().current(), () -> assembly.reports(till)));
            w.setReturns(number -> ReturnDialog.open(w, new ReturnPresenter(till.returns(), till.sessions()), number,
                    credit -> w.view().startExchange(credit.amount(), credit.reference(), credit.returnId(),
                            till.returns()::issueStoreCredit)));
            w.view().useStoreCredit(till.storeCredits());
            assembly.admin().install(w, till);
            w.setVisible(true);
            LOG.info("Till {} of shop {} started ({})", identity.deviceCode(), identity.shopName(),
                    identity.standalone() ? "standalone" : identity.cloudUrl());
            shown.complete(w);
        } catch (Exception e) {
            LOG.error("The till could not start", e);
            JOptionPane.showMessageDialog(null, cannotStart(e), "ShopDesk", JOptionPane.ERROR_MESSAGE);
            shown.completeExceptionally(e);
            db.close();
            onExit.run();
        }
    }

    /** After a Z: a verified backup now, reported in plain words (the day-close backup stays). */
    private void backUpAtDayClose(MainWindow w) {
        ScheduledBackups b = assembly.scheduledBackups().orElse(null);
        if (b == null) {
            LOG.info("Day closed; this till's database ({}) is backed up by its own server", config.get("db.dialect", "sqlite"));
            return;
        }
        new Thread(() -> {
            String message;
            int kind;
            try {
                var backup = b.dayClose();
                healthWatch.backupProblem("");
                message = "The day is closed. Backup written:\n" + backup.file();
                kind = JOptionPane.INFORMATION_MESSAGE;
            } catch (RuntimeException e) {
                LOG.error("Day-close backup failed", e);
                healthWatch.backupProblem(PlainMessages.BACKUP);
                message = PlainMessages.BACKUP;
                kind = JOptionPane.ERROR_MESSAGE;
            }
            String text = message;
            int type = kind;
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(w, MessageArea.paragraph(text, 45), "Close the day", type));
        }, "day-close").start();
    }

    /** Plain words, wrapped, and where the technical detail is. */
    private MessageArea cannotStart(Exception e) {
        return MessageArea.paragraph(Messages.get("start.failed", PlainMessages.forCashier(e),
                String.valueOf(dataDir.resolve("logs").resolve("till.log"))), 50);
    }

    private static void onEdt(Runnable r) {
        try {
            if (SwingUtilities.isEventDispatchThread()) r.run();
            else SwingUtilities.invokeAndWait(r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
