package shopdesk.bench.drain;

import static shopdesk.db.Tables.SYNC_QUEUE;

import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import shopdesk.bench.till.BenchDatabases;
import shopdesk.bench.till.Engine;
import shopdesk.bench.till.TillShop;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.outbox.DrainResult;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.OutboxConfig;
import shopdesk.protocol.Json;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushRequest;

/**
 * A till that rang up bills while offline: its own SQLite database joined to a {@link CloudShop}, with the real
 * Outbox recording every bill. The bills are rung up with synchronous=NORMAL (only to save set-up time); the
 * drain then runs on the database reopened with synchronous=FULL, as shipped, pushing in batches of 50 the way
 * the closing dialog does (the worker is never started).
 */
public final class QueuedTill implements AutoCloseable {
    private final DatabaseConfig config;
    private final String deviceId;
    private final String serverUrl;
    private final String shopId;
    private final String username;
    private Database db;
    private Outbox outbox;

    public QueuedTill(CloudShop cloud, String code, String serverUrl, int bills) {
        Clock clock = Clock.systemUTC();
        this.deviceId = cloud.newDevice(code);
        this.serverUrl = serverUrl;
        this.shopId = cloud.shopId;
        this.username = cloud.username;
        this.config = BenchDatabases.config(Engine.SQLITE_NORMAL, SchemaContext.TILL);
        try (Database setup = Database.open(config)) {
            TillShop shop = TillShop.joinCloud(setup, cloud.shopId, deviceId, code, cloud.userId, cloud.username,
                    cloud.products, clock);
            try (Outbox recording = Outbox.create(setup, outbox(), clock)) {
                BillService service = new BillService(setup, recording.recorder(), clock);
                BillDraft draft = shop.draft();
                for (int i = 0; i < bills; i++) service.create(shop.cashier, draft);
            }
        }
    }

    private OutboxConfig outbox() {
        return OutboxConfig.defaults(serverUrl, shopId, deviceId).withBatchSize(50);
    }

    /** Reopens the till as shipped (synchronous=FULL) with its outbox, logged in. */
    public void open() {
        db = Database.open(config.withSynchronous(shopdesk.dal.db.SqliteSynchronous.FULL));
        outbox = Outbox.create(db, outbox(), Clock.systemUTC());
        outbox.cloud().login(username, CloudShop.PASSWORD, deviceId);
    }

    public int undelivered() {
        return outbox.store().countUndelivered();
    }

    /** Pushes the whole queue; returns what the outbox reports. */
    public DrainResult drain() {
        return outbox.drain(Duration.ofMinutes(10), (sent, total) -> { });
    }

    /** A push body as the till sends it: its first 50 queued entries, as JSON bytes. */
    public byte[] samplePushBody() {
        List<PushEntry> entries = db.dsl().selectFrom(SYNC_QUEUE).orderBy(SYNC_QUEUE.SEQ).limit(50).fetch(r ->
                new PushEntry(r.getRequestId(), r.getStreamKey(), r.getStreamSeq(), r.getEntityType(), r.getEntityId(),
                        r.getAction(), r.getPayloadVersion(), JsonParser.parseString(r.getPayload()).getAsJsonObject(),
                        r.getBaseVersion(), r.getUserId(), r.getCreatedAt()));
        return Json.gson().toJson(new PushRequest(deviceId, entries)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (outbox != null) outbox.close();
        if (db != null) db.close();
        BenchDatabases.dispose(config);
    }
}
