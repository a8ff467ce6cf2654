package shopdesk.client.app;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import shopdesk.client.bills.BillsPanel;
import shopdesk.client.bills.BillsPresenter;
import shopdesk.client.catalog.CustomerFormPresenter;
import shopdesk.client.catalog.CustomersPanel;
import shopdesk.client.catalog.ProductFormPresenter;
import shopdesk.client.catalog.ProductsPanel;
import shopdesk.client.catalog.StockPanel;
import shopdesk.client.catalog.StockPresenter;
import shopdesk.client.sale.SaleDialogs;
import shopdesk.client.sale.SalePanel;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.session.LoginPanel;
import shopdesk.client.session.LoginPresenter;
import shopdesk.client.session.Session;
import shopdesk.client.sync.StatusBar;
import shopdesk.client.sync.StatusPresenter;
import shopdesk.client.sync.SyncCentreActions;
import shopdesk.client.sync.SyncCentrePanel;
import shopdesk.client.sync.SyncCentrePresenter;
import shopdesk.client.ui.Keys;
import shopdesk.client.ui.Shortcuts;

/**
 * The till's whole content: the login (lock) screen or the work tabs (Sale, Bills, Catalog, Sync centre),
 * with the status bar always at the bottom. Built from ports, so tests build it off-screen over fakes.
 */
public final class TillView extends JPanel {
    public static final String LOGIN = "login", WORK = "work";
    private final TillPorts ports;
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final LoginPanel login;
    private final JTabbedPane tabs = new JTabbedPane();
    private final SalePanel sale;
    // built the first time they are shown: the till opens on the login and then the sale screen
    private final LazyTab<BillsPanel> bills;
    private final LazyTab<JTabbedPane> catalog;
    private final LazyTab<SyncCentrePanel> syncCentre;
    private ProductsPanel products;
    private StockPanel stock;
    private CustomersPanel customers;
    private final StatusBar status;
    private final JLabel who = new JLabel();
    private String showing = LOGIN;

    public TillView(TillPorts ports, SaleDialogs saleDialogs, SyncCentreActions syncActions) {
        super(new BorderLayout());
        setName("till.view");
        this.ports = ports;
        var sessions = ports.sessions();
        login = new LoginPanel(new LoginPresenter(ports.auth(), sessions), ports.shopLine());
        sale = new SalePanel(new SalePresenter(ports.catalog(), ports.sales(), sessions, ports.sales().rules()), saleDialogs);
        bills = new LazyTab<>(() -> new BillsPanel(new BillsPresenter(ports.sales(), sessions), saleDialogs, ports.receipts()));
        catalog = new LazyTab<>(() -> {
            products = new ProductsPanel(new ProductFormPresenter(ports.catalog(), sessions), ports.catalog());
            stock = new StockPanel(new StockPresenter(ports.catalog(), sessions), ports.catalog());
            customers = new CustomersPanel(new CustomerFormPresenter(ports.catalog(), sessions), ports.catalog());
            JTabbedPane t = new JTabbedPane();
            t.setName("catalog.tabs");
            t.addTab("Products", products);
            t.addTab("Stock", stock);
            t.addTab("Customers", customers);
            return t;
        });
        syncCentre = new LazyTab<>(() -> new SyncCentrePanel(new SyncCentrePresenter(ports.sync(), sessions), syncActions));
        status = new StatusBar(ports.sync(), new StatusPresenter(ports.clock()));

        tabs.setName("till.tabs");
        // The keys are in the Go menu and the tooltips: short titles leave room for who is logged in.
        tabs.addTab("Sale", null, sale, "Ctrl+1");
        tabs.addTab("Bills", null, bills, "Ctrl+2");
        tabs.addTab("Catalog", null, catalog, "Ctrl+3");
        tabs.addTab("Sync centre", null, syncCentre, "Ctrl+4");
        tabs.addChangeListener(e -> refreshTab());
        // Who is logged in and Lock sit in the tab row, not a row of their own: on a 768-pixel screen every row counts.
        tabs.putClientProperty("JTabbedPane.trailingComponent", header());

        JPanel work = new JPanel(new BorderLayout());
        work.add(tabs, BorderLayout.CENTER);
        center.add(login, LOGIN);
        center.add(work, WORK);
        add(center, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);

        Keys.bind(this, "ctrl 1", "tabSale", () -> showTab(0));
        Keys.bind(this, "ctrl 2", "tabBills", () -> showTab(1));
        Keys.bind(this, "ctrl 3", "tabCatalog", () -> showTab(2));
        Keys.bind(this, "ctrl 4", "tabSync", () -> showTab(3));
        sessions.addListener(s -> SwingUtilities.invokeLater(() -> onSession(s)));
        onSession(sessions.current());
    }

    private JPanel header() {
        JPanel p = new JPanel(new MigLayout("insets 0 16 0 8, fill", "push[0:pref][]", "[center]"));
        who.setName("till.user");
        who.putClientProperty("FlatLaf.styleClass", "h4");
        JButton lock = Shortcuts.button(this, "till.lock", "Lock / switch user", "ctrl L", () -> ports.sessions().lock());
        p.add(who, "wmin 0");
        p.add(lock);
        return p;
    }

    private void onSession(Optional<Session> s) {
        if (s.isPresent()) {
            Session session = s.get();
            who.setText(session.label() + (session.online() ? "" : ", offline login"));
            who.setToolTipText(ports.shopLine());
            status.showUser(session.label());
            showing = WORK;
            cards.show(center, WORK);
            tabs.setSelectedIndex(0);
            refreshTab();
            sale.focusScan();
        } else {
            status.showUser("");
            showing = LOGIN;
            cards.show(center, LOGIN);
            login.focusFirst();
        }
    }

    /** Before quitting: the sale screen keeps an unfinished sale unless the cashier holds or drops it. */
    public boolean leaveSale(String title) {
        return sale.leaveSale(title);
    }

    public void showTab(int index) {
        if (WORK.equals(showing)) tabs.setSelectedIndex(index);
    }

    private void refreshTab() {
        if (!WORK.equals(showing)) return;
        Component c = tabs.getSelectedComponent();
        if (c == bills) bills.content().reload();
        else if (c == syncCentre) syncCentre.content().reload();
        else if (c == sale) sale.focusScan();
        else {
            catalog.content();
            products.reload();
            stock.reload();
            customers.reload();
        }
    }

    public String showing() {
        return showing;
    }

    public StatusBar statusBar() {
        return status;
    }

    public Supplier<Component> parentSupplier() {
        return () -> this;
    }

    /**
     * A tab whose panel is built when it is first shown. Building every tab up front (their panels, presenters,
     * tables and the classes behind them) delayed the login screen on every start for screens a cashier may
     * never open.
     */
    private static final class LazyTab<T extends Component> extends JPanel {
        private final Supplier<T> build;
        private T content;

        LazyTab(Supplier<T> build) {
            super(new BorderLayout());
            this.build = build;
        }

        T content() {
            if (content == null) {
                content = build.get();
                add(content, BorderLayout.CENTER);
                revalidate();
            }
            return content;
        }
    }
}
