package shopdesk.client.cloud;

import java.time.Clock;
import shopdesk.client.app.SyncBackend;
import shopdesk.client.app.TillIdentity;
import shopdesk.client.session.AuthPort;
import shopdesk.client.sync.SyncPort;
import shopdesk.dal.auth.ApprovalKeyring;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.config.Config;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.db.Database;
import shopdesk.dal.product.ProductService;
import shopdesk.dal.user.UserService;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;

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
                new CustomerService(db, recorder, clock), shopId));
    }

    /** Reads the sync keys (sync.*) from the config; the cloud URL, shop and device from the till's identity. */
    public static OutboxBackend create(Database db, TillIdentity identity, Config config, UserService users, Clock clock) {
        OutboxConfig oc = OutboxConfig.from(config.with(java.util.Map.of(OutboxConfig.CLOUD_URL, identity.cloudUrl())),
                identity.shopId(), identity.deviceId());
        return new OutboxBackend(Outbox.create(db, oc, clock), db, users, identity.shopId(), identity.deviceId(), clock);
    }

    public Outbox outbox() {
        return outbox;
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
        return new CloudAuth(outbox.cloud(), users, offline, deviceId, new ApprovalKeyring(db, outbox.approvals()));
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
