package shopdesk.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.config.ConfigSide;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.Health;
import shopdesk.protocol.ProtocolVersion;
import shopdesk.server.admin.ServerAdmin;
import shopdesk.server.auth.AuthRoutes;
import shopdesk.server.auth.AuthService;
import shopdesk.server.auth.Principal;
import shopdesk.server.authz.EndpointAccess;
import shopdesk.server.authz.GuardedPush;
import shopdesk.server.bill.BillApplier;
import shopdesk.server.bill.BillBatch;
import shopdesk.server.bill.VoidBillApplier;
import shopdesk.server.catalog.ProductApplier;
import shopdesk.server.customer.CustomerApplier;
import shopdesk.server.drawer.CashMovementApplier;
import shopdesk.server.drawer.ZReportApplier;
import shopdesk.server.entity.EntityRoutes;
import shopdesk.server.feed.PullRoutes;
import shopdesk.server.holdings.HoldingsRoutes;
import shopdesk.server.http.ErrorMapping;
import shopdesk.server.http.JsonBodies;
import shopdesk.server.http.ProtocolGuard;
import shopdesk.server.http.RequestLog;
import shopdesk.server.http.Responses;
import shopdesk.server.push.Appliers;
import shopdesk.server.push.PushRoutes;
import shopdesk.server.push.PushService;
import shopdesk.server.stock.StockApplier;

/**
 * The ShopDesk cloud sync API: Javalin on Jetty over the dal, stateless (any number of instances may share one
 * PostgreSQL). {@code start(config)} opens and migrates the database (context cloud) and listens;
 * {@code stop()} closes both. Run it with {@code java -jar shopdesk-server.jar [--config file]}, or
 * {@code ... admin <command>} for the admin command.
 */
public final class ServerApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerApp.class);

    private final ServerConfig config;
    private final Database database;
    private final boolean ownsDatabase;
    private final Javalin javalin;

    private ServerApp(ServerConfig config, Database database, boolean ownsDatabase) {
        this.config = config;
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.javalin = build();
        javalin.start(config.host(), config.port());
    }

    /** Opens (and migrates) the configured database and starts listening; port 0 picks a free port. */
    public static ServerApp start(ServerConfig config) {
        Database db = Database.open(config.database());
        try {
            return new ServerApp(config, db, true);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Starts on an already open cloud database that the caller keeps owning (not closed by {@link #stop()}). */
    public static ServerApp start(ServerConfig config, Database database) {
        return new ServerApp(config, database, false);
    }

    public int port() {
        return javalin.port();
    }

    /** e.g. {@code http://127.0.0.1:41234} (loopback when bound to all interfaces). */
    public String baseUrl() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return "http://" + host + ":" + port();
    }

    public Database database() {
        return database;
    }

    public ServerConfig config() {
        return config;
    }

    /** The admin API on this server's database, clock and password work factor. */
    public ServerAdmin admin() {
        return new ServerAdmin(database, new PasswordHasher(config.passwordIterations()), config.clock());
    }

    public void stop() {
        javalin.stop();
        if (ownsDatabase) database.close();
    }

    @Override
    public void close() {
        stop();
    }

    private Javalin build() {
        JsonBodies bodies = new JsonBodies(config.maxBodyBytes());
        AuthService auth = new AuthService(database, config.clock(), config.accessTokenTtl(), config.refreshTokenTtl(),
                new PasswordHasher(config.passwordIterations()), config.sale());
        Appliers appliers = new Appliers()
                .on(ChangeAction.CREATE_PRODUCT, ProductApplier::create)
                .on(ChangeAction.UPDATE_PRODUCT, ProductApplier::update)
                .on(ChangeAction.DELETE_PRODUCT, ProductApplier::delete)
                .on(ChangeAction.RECEIVE_STOCK, StockApplier::receive)
                .on(ChangeAction.ADJUST_STOCK, StockApplier::adjust)
                .on(ChangeAction.CREATE_CUSTOMER, CustomerApplier::create)
                .on(ChangeAction.UPDATE_CUSTOMER, CustomerApplier::update)
                .on(ChangeAction.CREATE_BILL, (tx, ctx) -> BillApplier.create(tx, ctx, config.sale()))
                .onSeveral(ChangeAction.CREATE_BILL, (tx, ctxs) -> BillBatch.prepare(tx, ctxs, config.sale()))
                .on(ChangeAction.VOID_BILL, VoidBillApplier::apply)
                .on(ChangeAction.CASH_MOVEMENT, CashMovementApplier::apply)
                .on(ChangeAction.CLOSE_DAY, new ZReportApplier(config.drawer())::apply)

                .on(ChangeAction.CREATE_RETURN, shopdesk.server.returns.ReturnApplier::apply)
                .on(ChangeAction.RECORD_AUDIT, shopdesk.server.audit.AuditRecordApplier::apply)
                .on(ChangeAction.ISSUE_STORE_CREDIT, shopdesk.server.returns.StoreCreditApplier::apply);
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.prefer405over404 = true; // a wrong method on a known path is 405, as docs/PROTOCOL.md says
            // JsonBodies enforces the limit itself (also for chunked bodies); Jetty's own cap sits above it
            cfg.http.maxRequestSize = config.maxBodyBytes() + 1;
            cfg.requestLogger.http(RequestLog::log);
        });
        ErrorMapping.register(app);
        app.before("/api/*", ProtocolGuard::check);
        app.before("/api/v1/sync/*", ctx -> ctx.attribute(Principal.ATTRIBUTE, auth.authenticate(ctx.header("Authorization"))));
        app.get("/health", ctx -> {
            boolean up = database.isReachable();
            Responses.json(ctx, up ? 200 : 503, new Health(up ? "UP" : "DOWN", up, database.schemaVersion(),
                    database.dialect().name().toLowerCase(), ProtocolVersion.CURRENT, config.clock().millis()));
        });
        new AuthRoutes(auth, bodies).register(app);
        EndpointAccess.register(app);
        PushService pushService = new PushService(database, appliers, config.clock());
        new PushRoutes(new GuardedPush(database, config.clock(), pushService::push), bodies, config.maxPushEntries()).register(app);
        new PullRoutes(database, config.clock(), config.maxPullLimit()).register(app);
        new HoldingsRoutes(database).register(app);
        new EntityRoutes(database).register(app);
        new shopdesk.server.returns.ReturnableBillRoutes(database).register(app);
        new shopdesk.server.returns.StoreCreditRoutes(database).register(app);
        return app;
    }

    /**
     * {@code [--config file] [admin <command> ...]}: without "admin", runs the server until stopped. The config
     * file defaults to $SHOPDESK_CONFIG or ./shopdesk-server.properties (absent = defaults); every key may be
     * overridden with -Dkey=value or SHOPDESK_KEY.
     */
    public static void main(String[] args) {
        Path configFile = null;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configFile = Path.of(args[i + 1]);
                i += 2;
            } else {
                System.err.println("Unknown option " + args[i] + " (usage: [--config file] [admin <command> ...])");
                System.exit(2);
                return;
            }
        }
        if (configFile == null) {
            String env = System.getenv("SHOPDESK_CONFIG");
            configFile = env != null && !env.isBlank() ? Path.of(env) : Path.of("shopdesk-server.properties");
        }
        Config config = Config.load(configFile, ConfigSide.SERVER);
        if (i < args.length && args[i].equals("admin")) {
            System.exit(ServerAdmin.run(config, Arrays.copyOfRange(args, i + 1, args.length)));
            return;
        }
        try {
            ServerApp app = start(ServerConfig.from(config));
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "shopdesk-server-stop"));
            LOG.info("ShopDesk server listening on port {} ({} database {}, schema version {})", app.port(),
                    app.database().dialect().name().toLowerCase(), app.config().database().url(), app.database().schemaVersion());
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            LOG.error("ShopDesk server could not start", e);
            System.err.println("ShopDesk server could not start: " + e.getMessage());
            System.exit(1);
        }
    }
}
