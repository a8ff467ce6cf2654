package shopdesk.client.app;

import com.formdev.flatlaf.FlatClientProperties;
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
import shopdesk.client.i18n.Messages;
import shopdesk.client.sale.SaleDialogs;
import shopdesk.client.sale.SalePanel;
import shopdesk.client.sale.SalePresenter;
import shopdesk.client.session.LoginPanel;
import shopdesk.client.session.LoginPresenter;
import shopdesk.client.session.Session;
import shopdesk.client.sync.centre.SyncCentreActions;
import shopdesk.client.sync.centre.SyncCentrePanel;
import shopdesk.client.sync.centre.SyncCentrePresenter;
import shopdesk.client.sync.status.StatusBar;
import shopdesk.client.sync.status.StatusPresenter;
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
    private final SalePresenter salePresenter;
    private shopdesk.client.touch.ProductGridPanel touchGrid;
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

    private java.util.function.Consumer<String> returnAction = number -> { };

    public TillView(TillPorts ports, SaleDialogs saleDialogs, SyncCentreActions syncActions) {
        super(new BorderLayout());
        setName("till.view");
        this.ports = ports;
        var sessions = ports.sessions();
        login = new LoginPanel(new LoginPresenter(ports.auth(), sessions), ports.shopLine());
        salePresenter = new SalePresenter(ports.catalog(), ports.sales(), sessions, ports.sales()::rules);
        sale = new SalePanel(salePresenter, saleDialogs);
        bills = new LazyTab<>(() -> {
            BillsPanel b = new BillsPanel(new BillsPresenter(ports.sales(), sessions), saleDialogs, ports.receipts());
            b.setReturnAction(bill -> returnAction.accept(bill.localLabel()));
            return b;
        });
        catalog = new LazyTab<>(() -> {
            products = new ProductsPanel(new ProductFormPresenter(ports.catalog(), sessions), ports.catalog());
            stock = new StockPanel(new StockPresenter(ports.catalog(), sessions), ports.catalog());
            customers = new CustomersPanel(new CustomerFormPresenter(ports.catalog(), sessions), ports.catalog());
            JTabbedPane t = new JTabbedPane();
            t.setName("catalog.tabs");
            t.addTab(Messages.get("tab.products"), products);
            t.addTab(Messages.get("tab.stock"), stock);
            t.addTab(Messages.get("tab.customers"), customers);
            return t;
        });
        syncCentre = new LazyTab<>(() -> new SyncCentrePanel(new SyncCentrePresenter(ports.sync(), sessions), syncActions));
        status = new StatusBar(ports.sync(), new StatusPresenter(ports.clock()));

        tabs.setName("till.tabs");
        // The keys are in the Go menu and the tooltips: short titles leave room for who is logged in.
        tabs.addTab(Messages.get("tab.sale"), null, sale, "Ctrl+1");
        tabs.addTab(Messages.get("tab.bills"), null, bills, "Ctrl+2");
        tabs.addTab(Messages.get("tab.catalog"), null, catalog, "Ctrl+3");
        tabs.addTab(Messages.get("tab.sync"), null, syncCentre, "Ctrl+4");
        tabs.addChangeListener(e -> refreshTab());
        // Who is logged in and Lock sit in the tab row, not a row of their own: on a 768-pixel screen every row counts.
        tabs.putClientProperty(FlatClientProperties.TABBED_PANE_TRAILING_COMPONENT, header());

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
        ports.sync().addListener(new PullRefresh(ports.sync(), this::refreshCatalogTables));
        onSession(sessions.current());
    }

    /** After a sync the open catalog tables show what the pull brought; a form being edited keeps its text. */
    void refreshCatalogTables() {
        if (!WORK.equals(showing) || tabs.getSelectedComponent() != catalog || products == null) return;
        products.reload();
        stock.reload();
        customers.reload();
    }

    private JPanel header() {
        JPanel p = new JPanel(new MigLayout("insets 0 16 0 8, fill", "push[0:pref][]", "[center]"));
        who.setName("till.user");
        who.putClientProperty(FlatClientProperties.STYLE_CLASS, "h4");
        JButton lock = Shortcuts.button(this, "till.lock", Messages.get("menu.lock"), "ctrl L", () -> ports.sessions().lock());
        p.add(who, "wmin 0");
        p.add(lock);
        return p;
    }

    private void onSession(Optional<Session> s) {
        if (s.isPresent()) {
            Session session = s.get();
            who.setText(Messages.get(session.online() ? "till.who" : "till.whoOffline", session.displayName(),
                    Messages.get("role." + session.role().name().toLowerCase(java.util.Locale.ROOT))));
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

    /** What Return... on the bills list does with a bill's number (the launcher opens the Returns screen). */
    public void setReturnAction(java.util.function.Consumer<String> action) {
        returnAction = action;
    }

    /** Shows the sale screen with an exchange's credit as the next sale's first payment. */
    /** Where the sale screen checks a store-credit note taken as payment. */
    public void useStoreCredit(shopdesk.client.sale.StoreCreditLookup lookup) {
        salePresenter.useStoreCredit(lookup);
    }

    public void startExchange(long credit, String reference) {
        showTab(0);
        salePresenter.startExchange(credit, reference);
    }

    /** The same, with a store-credit note for what the sale leaves of the credit. */
    public void startExchange(long credit, String reference, String returnId,
                              shopdesk.client.returns.StoreCreditIssuer notes) {
        showTab(0);
        salePresenter.startExchange(credit, reference, returnId, notes);
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
        else if (c == sale) {
            if (touchGrid != null) touchGrid.reload();
            sale.focusScan();
        }
        else {
            catalog.content();
            products.reload();
            stock.reload();
            customers.reload();
        }
    }

    /** The touch layout (Settings > Touch screen): the product grid and keypad beside the sale's item table. */
    public void showTouchGrid(boolean on) {
        touchGrid = on ? new shopdesk.client.touch.ProductGridPanel(new shopdesk.client.touch.TouchGridPresenter(ports.catalog()),
                new SaleTouchActions(salePresenter)) : null;
        sale.showBeside(touchGrid);
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
