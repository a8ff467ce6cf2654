package shopdesk.client.app;

import java.time.Clock;
import java.time.ZoneId;
import shopdesk.client.catalog.CatalogPort;
import shopdesk.client.local.LocalAuth;
import shopdesk.client.local.LocalCatalog;
import shopdesk.client.local.LocalSales;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.receipt.ReceiptHeader;
import shopdesk.client.sale.SalesPort;
import shopdesk.client.session.AuthPort;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.HeldSales;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.db.Database;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.user.UserService;

/** An opened till: its database, the dal services wired to the sync backend, and the ports the screens use. */
public final class Till implements AutoCloseable {
    private final Database db;
    private final TillIdentity identity;
    private final SyncBackend backend;
    private final CatalogPort catalog;
    private final SalesPort sales;
    private final AuthPort auth;
    private final UserService users;
    private final SessionHolder sessions = new SessionHolder();
    private final Clock clock;
    private final ReceiptHeader header;

    public Till(Database db, TillIdentity identity, SyncBackend backend, UserService users, Clock clock) {
        this(db, identity, backend, users, clock, SaleRules.DEFAULT, ReceiptHeader.NONE);
    }

    public Till(Database db, TillIdentity identity, SyncBackend backend, UserService users, Clock clock, SaleRules rules,
                ReceiptHeader header) {
        this.header = header;
        this.db = db;
        this.identity = identity;
        this.backend = backend;
        this.users = users;
        this.clock = clock;
        var recorder = backend.recorder();
        var customers = new CustomerService(db, recorder, clock);
        this.catalog = new LocalCatalog(new ProductService(db, recorder, clock), new StockService(db, recorder, clock),
                customers, identity.shopId());
        // the discount limit is the server's once a login brought it (kept for offline); the config's until then
        var terms = new ShopSaleTerms(db, identity.shopId(), rules);
        LocalSales local = new LocalSales(new BillService(db, recorder, clock, terms), customers, users, new AuditLog(db, clock),
                identity.shopId(), new HeldSales(db, clock), identity.deviceId());
        this.sales = local;
        local.useCreditNotes(billId -> shopdesk.dal.returns.NoteLedger.issuedWith(db.dsl(), billId)
                .map(n -> new shopdesk.client.bills.BillView.CreditNote(n.label(), n.amount())));
        this.auth = backend.auth(new LocalAuth(users, identity.deviceId()), terms);
    }

    public void start() {
        backend.start();
    }

    public Database db() {
        return db;
    }

    /** Where the till's documents append their SyncQueue entries (for services wired outside this class). */
    public shopdesk.dal.change.ChangeRecorder recorder() {
        return backend.recorder();
    }

    public TillIdentity identity() {
        return identity;
    }

    public CatalogPort catalog() {
        return catalog;
    }

    /** Returns against this till's bills, or (online) other tills' bills the server finds. */
    public shopdesk.client.returns.ReturnsPort returns() {
        return new shopdesk.client.returns.LocalReturns(new shopdesk.dal.returns.ReturnService(db, backend.recorder(), clock),
                backend.remoteBills().orElse(null), identity.shopId(),
                new shopdesk.dal.returns.StoreCreditService(db, backend.recorder(), clock),
                new shopdesk.dal.product.ProductService(db, backend.recorder(), clock));
    }

    /** Store-credit notes for the sale screen: this till's checked here, another till's asked of the server. */
    public shopdesk.client.sale.StoreCreditLookup storeCredits() {
        var remote = backend.remoteBills();
        return new shopdesk.client.local.LocalStoreCredits(db, identity.shopId(), identity.deviceCode(), remote.isEmpty() ? null
                : number -> {
                    try {
                        return java.util.Optional.of(remote.get().storeCredit(number)
                                .map(b -> new shopdesk.client.sale.StoreCreditLookup.Found(b.label(), b.left())));
                    } catch (java.io.IOException e) {
                        return java.util.Optional.empty(); // cannot be asked now: the cashier is told it needs the connection
                    }
                });
    }

    public SalesPort sales() {
        return sales;
    }

    public AuthPort auth() {
        return auth;
    }

    public SyncPort sync() {
        return backend.sync();
    }

    public SessionHolder sessions() {
        return sessions;
    }

    public UserService users() {
        return users;
    }

    public Clock clock() {
        return clock;
    }

    public ReceiptFormatter receipts() {
        return new ReceiptFormatter(header.named(identity.shopName()), ZoneId.systemDefault());
    }

    @Override
    public void close() {
        try {
            backend.close();
        } finally {
            db.close();
        }
    }
}
