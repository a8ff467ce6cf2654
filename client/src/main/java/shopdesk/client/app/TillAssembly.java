package shopdesk.client.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.dayclose.DayClosePresenter;
import shopdesk.client.dayclose.ReportOutput;
import shopdesk.client.print.PrinterSettings;
import shopdesk.client.print.ReceiptPrinting;
import shopdesk.client.receipt.ReceiptHeader;
import shopdesk.client.reports.ReportsPresenter;
import shopdesk.client.setup.FirstRunPresenter;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.config.Config;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.report.SalesReports;
import shopdesk.dal.safety.BackupStore;
import shopdesk.dal.safety.RestoreDecision;
import shopdesk.dal.safety.SafeTillOpener;
import shopdesk.dal.safety.ScheduledBackups;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.UserService;

/**
 * The till's composition root, without Swing: the database (opened safely, backed up), the identity, the sync
 * backend and the services. {@link TillLauncher} asks it for parts between its windows; tests and tools can
 * start a till with it and no display.
 */
public final class TillAssembly implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TillAssembly.class);
    private final Config config;
    private final Path dataDir;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final SyncBackends backends;
    private final PrinterSettings printer;
    private volatile ScheduledBackups scheduledBackups;
    private AdminScreens admin;

    public TillAssembly(Config config, Path dataDir, Clock clock, PasswordHasher hasher, SyncBackends backends) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.hasher = hasher;
        this.backends = backends;
        this.printer = PrinterSettings.from(config); // a wrong printer.* key stops start-up
    }

    /**
     * Opens (and migrates) the till's database; a damaged SQLite file is replaced by a backup when
     * {@code restore} agrees. SQLite tills back themselves up daily; {@code backupProblems} hears when that fails.
     */
    public Database openDatabase(UiPrefs prefs, RestoreDecision restore, Consumer<String> backupProblems) {
        DatabaseConfig dbConfig = DatabaseConfig.from(config, SchemaContext.TILL, dataDir.resolve("till.db"));
        BackupStore backups = AdminScreens.backups(config, prefs, dataDir, clock);
        var opened = SafeTillOpener.open(dbConfig, backups, restore);
        Database db = opened.database();
        opened.restoredFrom().ifPresent(b -> LOG.warn("Restored the till database from backup {}", b.file()));
        if (db.dialect() == Dialect.SQLITE) {
            scheduledBackups = new ScheduledBackups(db, backups, clock, Duration.ofDays(1), backupProblems);
            scheduledBackups.start();
        }
        LOG.info("Database open: {} schema version {}", db.dialect(), db.schemaVersion());
        return db;
    }

    /** The daily backups of a SQLite till; empty when the database is backed up by its own server. */
    public Optional<ScheduledBackups> scheduledBackups() {
        return Optional.ofNullable(scheduledBackups);
    }

    public Path identityFile() {
        return dataDir.resolve("till.properties");
    }

    /** The identity the first run saved; empty on a till not set up yet. */
    public Optional<TillIdentity> savedIdentity() {
        return TillIdentity.load(identityFile());
    }

    public FirstRunPresenter firstRun(Database db) {
        return new FirstRunPresenter(db, identityFile(), clock, hasher);
    }

    public UserService users(Database db) {
        return new UserService(db, clock, hasher);
    }

    /** The services wired to the identity's sync backend, started (the outbox runs from here on). */
    public Till startTill(Database db, TillIdentity identity, UiPrefs prefs) {
        UserService users = users(db);
        admin = AdminScreens.start(db, config, prefs, clock);
        Till till = new Till(db, identity, backends.create(db, identity, admin.syncConfig(config), users, clock), users, clock,
                SaleRules.from(config), ReceiptHeader.from(config));
        till.start();
        return till;
    }

    /** What the screens use; receipts as PDF go to the data folder. */
    public TillPorts ports(Till till) {
        TillIdentity identity = till.identity();
        return new TillPorts(till.catalog(), till.sales(), till.auth(), till.sync(), till.sessions(),
                admin.receipts(identity, ReceiptHeader.from(config)), shopLine(identity), receiptFolder(), clock);
    }

    private static String shopLine(TillIdentity identity) {
        return identity.shopName() + " - till " + identity.deviceCode() + (identity.standalone() ? " (standalone)" : "");
    }

    public ReceiptPrinting receiptPrinting(Till till) {
        return new ReceiptPrinting(admin.printer(), admin.receipts(till.identity(), ReceiptHeader.from(config)), receiptFolder());
    }

    /** The day-close flow: drawer documents and X/Z reports on the till's recorder; {@code afterZ} backs up. */
    public DayClosePresenter dayClose(Till till, Runnable afterZ) {
        DrawerSettings settings = DrawerSettings.from(config);
        ZoneId zone = ZoneId.systemDefault();
        var drawer = new CashDrawerService(till.db(), till.recorder(), clock, settings);
        // the business date takes the till clock's last measured offset to the server's (none: standalone, not yet)
        var days = new DayCloseService(till.db(), till.recorder(), clock, zone, settings, () -> {
            Long skew = till.sync().status().clockSkewMillis();
            return skew == null ? 0 : skew;
        });
        return new DayClosePresenter(drawer, days, till.sessions(), ReportOutput.of(admin.printer(), receiptFolder()),
                shopLine(till.identity()), zone, afterZ);
    }

    /** Settings and users screens, and the settings the database holds (after {@link #startTill}). */
    public AdminScreens admin() {
        return admin;
    }

    public ReportsPresenter reports(Till till) {
        return new ReportsPresenter(new SalesReports(till.db()), till.identity().shopId(), ZoneId.systemDefault(), clock);
    }

    private Path receiptFolder() {
        Path pdfs = dataDir.resolve("receipts");
        try {
            Files.createDirectories(pdfs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the receipts folder " + pdfs, e);
        }
        return pdfs;
    }

    /** Stops the daily backups; the till (and its database) is closed by its owner. */
    @Override
    public void close() {
        ScheduledBackups b = scheduledBackups;
        if (b != null) b.close();
    }
}
