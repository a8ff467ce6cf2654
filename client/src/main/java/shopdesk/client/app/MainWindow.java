package shopdesk.client.app;

import java.awt.Component;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sale.SwingSaleDialogs;
import shopdesk.client.session.SupervisorApproval;
import shopdesk.client.sync.centre.SwingSyncCentreActions;
import shopdesk.client.sync.status.DrainDialog;
import shopdesk.client.sync.status.DrainPresenter;

/**
 * The till's window: the TillView, a menu with accelerators, remembered size, theme and text size (opening within
 * the screen, see {@link WindowPlacement}), and on close a drain
 * of pending entries (with "Quit anyway") before {@code onExit} runs.
 */
public final class MainWindow extends JFrame {
    private final TillPorts ports;
    private final UiPrefs prefs;
    private final Runnable onExit;
    private final TillView view;
    private Duration drainTimeout = Duration.ofSeconds(30);
    private Runnable dayClose = () -> { };
    private Runnable reports = () -> { };
    private java.util.function.Consumer<String> returns = number -> { };
    private Runnable settings = () -> { };
    private Runnable users = () -> { };

    public MainWindow(TillPorts ports, UiPrefs prefs, Runnable onExit) {
        super("ShopDesk - " + ports.shopLine());
        setName("till.window");
        this.ports = ports;
        this.prefs = prefs;
        this.onExit = onExit;
        Component[] self = {null};
        var saleDialogs = new SwingSaleDialogs(() -> self[0], new SupervisorApproval(ports.auth()), ports.receipts(), ports.pdfFolder());
        var syncActions = new SwingSyncCentreActions(() -> self[0], ports.sync(), ports.sessions());
        view = new TillView(ports, saleDialogs, syncActions);
        self[0] = view;
        setContentPane(view);
        setJMenuBar(menu());
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        place();
    }

    /** Within the screen it was on (or the primary one): a 1024x768 screen gets the whole screen, not a cut-off window. */
    private void place() {
        GraphicsConfiguration gc = getGraphicsConfiguration();
        List<Rectangle> screens = new ArrayList<>();
        for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            screens.add(usable(d.getDefaultConfiguration()));
        }
        screens.remove(usable(gc));
        screens.add(0, usable(gc));
        var placement = WindowPlacement.choose(Optional.ofNullable(prefs.bounds(null)), prefs.maximized(), screens);
        setMinimumSize(placement.minimum());
        setBounds(placement.bounds());
        if (placement.maximized()) setExtendedState(getExtendedState() | MAXIMIZED_BOTH);
    }

    private static Rectangle usable(GraphicsConfiguration gc) {
        Rectangle r = gc.getBounds();
        Insets i = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(r.x + i.left, r.y + i.top, r.width - i.left - i.right, r.height - i.top - i.bottom);
    }

    public TillView view() {
        return view;
    }

    /** What "Close the day" does: the drawer, X and Z reports (a Z also writes the day-close backup). */
    public void setDayClose(Runnable action) {
        dayClose = action;
    }

    /** What Till > Reports opens (the launcher gives it the till's database). */
    public void setReports(Runnable action) {
        reports = action;
    }

    /** What Till > Returns and Return... on the bills list open (the launcher gives them the till's services). */
    public void setReturns(java.util.function.Consumer<String> action) {
        returns = action;
        view.setReturnAction(action);
    }

    /** What Till > Settings opens. */
    public void setSettings(Runnable action) {
        settings = action;
    }

    /** What Till > Users opens. */
    public void setUsers(Runnable action) {
        users = action;
    }

    public void setDrainTimeout(Duration d) {
        drainTimeout = d;
    }

    /** Sends what is pending first (the user may quit anyway), remembers the window, then exits. */
    public void close() {
        if (!view.leaveSale("Quit")) return;
        DrainPresenter drain = new DrainPresenter(ports.sync());
        if (drain.shouldAsk()) DrainDialog.show(this, drain, drainTimeout);
        boolean maximized = (getExtendedState() & MAXIMIZED_BOTH) == MAXIMIZED_BOTH;
        prefs.setMaximized(maximized);
        if (!maximized) prefs.setBounds(getBounds());
        dispose();
        onExit.run();
    }

    private JMenuBar menu() {
        JMenuBar bar = new JMenuBar();
        JMenu till = new JMenu(Messages.get("menu.till"));
        till.setMnemonic(KeyEvent.VK_T);
        till.add(item("menu.lock", Messages.get("menu.lock"), "ctrl L", () -> ports.sessions().lock()));
        till.add(item("menu.syncNow", Messages.get("menu.syncNow"), "ctrl S", () -> new Thread(ports.sync()::syncNow, "sync-now").start()));
        till.add(item("menu.dayClose", Messages.get("menu.dayClose"), "ctrl shift B", () -> dayClose.run()));
        till.add(item("menu.reports", Messages.get("menu.reports"), "ctrl R", () -> reports.run()));
        till.add(item("menu.returns", Messages.get("menu.returns"), "ctrl shift R", () -> returns.accept(null)));
        till.addSeparator();
        till.add(item("menu.settings", Messages.get("menu.settings"), "ctrl COMMA", () -> settings.run()));
        till.add(item("menu.users", Messages.get("menu.users"), "ctrl U", () -> users.run()));
        till.addSeparator();
        till.add(item("menu.quit", Messages.get("menu.quit"), "ctrl Q", this::close));
        JMenu go = new JMenu(Messages.get("menu.go"));
        go.setMnemonic(KeyEvent.VK_G);
        go.add(item("menu.sale", Messages.get("tab.sale"), "ctrl 1", () -> view.showTab(0)));
        go.add(item("menu.bills", Messages.get("tab.bills"), "ctrl 2", () -> view.showTab(1)));
        go.add(item("menu.catalog", Messages.get("tab.catalog"), "ctrl 3", () -> view.showTab(2)));
        go.add(item("menu.sync", Messages.get("tab.sync"), "ctrl 4", () -> view.showTab(3)));
        JMenu look = new JMenu(Messages.get("menu.view"));
        look.setMnemonic(KeyEvent.VK_V);
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem(Messages.get("menu.dark"), Themes.isDark());
        dark.setName("menu.dark");
        dark.setAccelerator(KeyStroke.getKeyStroke("ctrl D"));
        dark.addActionListener(e -> {
            Themes.switchTo(dark.isSelected());
            prefs.setDark(dark.isSelected());
        });
        look.add(dark);
        look.add(textSizes());
        bar.add(till);
        bar.add(go);
        bar.add(look);
        // Swing gives F10 to the menu bar; on the sale screen F10 starts a new sale. Alt still opens the menus.
        bar.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("F10"), "none");
        return bar;
    }

    private JMenu textSizes() {
        JMenu sizes = new JMenu(Messages.get("menu.textSize"));
        sizes.setName("menu.textSize");
        sizes.setMnemonic(KeyEvent.VK_S);
        ButtonGroup group = new ButtonGroup();
        for (int percent : Themes.TEXT_PERCENTS) {
            JRadioButtonMenuItem i = new JRadioButtonMenuItem(percent + " %", percent == Themes.textPercent());
            i.setName("menu.textSize." + percent);
            i.addActionListener(e -> {
                Themes.switchTextTo(percent);
                prefs.setTextPercent(percent);
            });
            group.add(i);
            sizes.add(i);
        }
        return sizes;
    }

    private static JMenuItem item(String name, String text, String key, Runnable action) {
        JMenuItem i = new JMenuItem(text);
        i.setName(name);
        i.setAccelerator(KeyStroke.getKeyStroke(key));
        i.addActionListener(e -> action.run());
        return i;
    }
}
