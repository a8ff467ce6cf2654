package shopdesk.client.cloud;

import java.time.Clock;
import shopdesk.client.app.SyncBackend;
import shopdesk.client.app.TillIdentity;
import shopdesk.client.session.AuthPort;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.auth.ApprovalKeyring;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.config.Config;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.db.Database;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.user.UserService;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.DeviceKey;
import shopdesk.outbox.cloud.SealedTokenStore;
import shopdesk.outbox.cloud.TokenStore;

/** A till of a cloud: dal services record into the outbox; the worker pushes and pulls; login goes online first. */
public final class OutboxBackend implements SyncBackend {
    private final Outbox outbox;
    private final OutboxSync sync;
    private final UserService users;
    private final String deviceId;
    private final Database db;

    public OutboxBackend(Outbox outbox, Database db, UserService users, String shopId, String deviceId, Clock clock) {
        this.outbox = outbox;
        this.db = db;
        this.users = users;
        this.deviceId = deviceId;
        var recorder = outbox.recorder();
        this.sync = new OutboxSync(outbox, new LocalMerge(new ProductService(db, recorder, clock),
                new CustomerService(db, recorder, clock), shopId), db);
    }

    /** The device key file that seals the stored refresh token (default: device.key beside the till's database). */
    public static final String TOKEN_KEY_FILE = "sync.token-key-file";

    /**
     * Reads the sync keys (sync.*) from the config; the cloud URL, shop and device from the till's identity. The
     * refresh token survives restarts, sealed with the device key ({@link SealedTokenStore}).
     */
    public static OutboxBackend create(Database db, TillIdentity identity, Config config, UserService users, Clock clock) {
        OutboxConfig oc = OutboxConfig.from(config.with(java.util.Map.of(OutboxConfig.CLOUD_URL, identity.cloudUrl())),
                identity.shopId(), identity.deviceId());
        TokenStore tokens = new SealedTokenStore(db, DeviceKey.loadOrCreate(keyFile(db, config, identity)),
                identity.deviceId());
        return new OutboxBackend(Outbox.create(db, oc, clock, new java.util.Random(), tokens), db, users, identity.shopId(),
                identity.deviceId(), clock);
    }

    /** Not inside the database file: a copy of the database (or a backup) alone opens no token. */
    private static java.nio.file.Path keyFile(Database db, Config config, TillIdentity identity) {
        java.nio.file.Path sqlite = db.config().sqliteFile();
        java.nio.file.Path fallback = sqlite != null ? sqlite.toAbsolutePath().resolveSibling("device.key")
                : java.nio.file.Path.of(System.getProperty("user.home"), ".shopdesk", "device-" + identity.deviceId() + ".key");
        return java.nio.file.Path.of(config.get(TOKEN_KEY_FILE, fallback.toString()));
    }

    public Outbox outbox() {
        return outbox;
    }

    @Override
    public java.util.Optional<shopdesk.outbox.cloud.RemoteBills> remoteBills() {
        return java.util.Optional.of(outbox.remoteBills());
    }

    @Override
    public ChangeRecorder recorder() {
        return outbox.recorder();
    }

    @Override
    public SyncPort sync() {
        return sync;
    }

    @Override
    public AuthPort auth(AuthPort offline) {
        return auth(offline, null);
    }

    @Override
    public AuthPort auth(AuthPort offline, ShopSaleTerms saleTerms) {
        return new CloudAuth(outbox.cloud(), users, offline, deviceId, new ApprovalKeyring(db, outbox.approvals()), saleTerms);
    }

    @Override
    public void start() {
        outbox.start();
    }

    @Override
    public void close() {
        outbox.close();
    }
}
