package shopdesk.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.auth.UnlockedApprovals;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.db.Database;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.InMemoryTokenStore;
import shopdesk.outbox.cloud.TokenStore;
import shopdesk.outbox.delivery.Backoff;
import shopdesk.outbox.delivery.ReplayCycle;
import shopdesk.outbox.delivery.ReplayWorker;
import shopdesk.outbox.delivery.ResultApplier;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.health.SyncHealth;
import shopdesk.outbox.health.SyncHealthListener;
import shopdesk.outbox.holdings.HoldingsCheck;
import shopdesk.outbox.holdings.HoldingsSchedule;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.pull.EntityRefresh;
import shopdesk.outbox.pull.FeedApplier;
import shopdesk.outbox.pull.FeedPuller;
import shopdesk.outbox.queue.OutboxChangeRecorder;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.resolution.ProductRepair;
import shopdesk.outbox.resolution.Resolutions;
import shopdesk.outbox.view.SyncQueueView;

/**
 * The till's SyncQueue: the recorder dal services call inside their transactions, the background worker that
 * replays entries to the cloud, the pull of the shop's feed, health for the status bar, the queue view and
 * the resolutions for the dialog. One per open till database.
 */
public final class Outbox implements AutoCloseable {
    /** How often a till asks the server which of its bills it holds (docs/SYNC.md, "When the server lost bills"). */
    public static final long HOLDINGS_CHECK_INTERVAL_MS = 10 * 60_000;

    private final Database db;
    private final OutboxConfig config;
    private final Clock clock;
    private final SyncQueueStore store;
    private final CloudClient cloud;
    private final HealthMonitor health;
    private final ReplayCycle cycle;
    private final FeedPuller puller;
    private final ReplayWorker worker;
    private final OutboxChangeRecorder recorder;
    private final SyncQueueView view;
    private final Resolutions resolutions;
    private final ProductRepair productRepair;
    private final UnlockedApprovals approvals = new UnlockedApprovals();
    private final ChangeRecorder signingRecorder;
    private final HoldingsCheck holdingsCheck;
    private final HoldingsSchedule holdingsSchedule;

    private Outbox(Database db, OutboxConfig config, Clock clock, Random random, TokenStore tokens,
                   PayloadMigrations migrations) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.store = new SyncQueueStore(db);
        this.cloud = new CloudClient(config, tokens);
        this.health = new HealthMonitor(db, store, clock);
        health.watchClock(cloud.clockSkew());
        FeedApplier feed = new FeedApplier(store, config.shopId(), config.deviceId());
        this.cycle = new ReplayCycle(db, store, cloud, config, new Backoff(config.backoffBaseMs(), config.backoffCapMs(), random),
                clock, migrations, new ResultApplier(this::recorder), health);
        this.puller = new FeedPuller(db, cloud, feed, new EntityRefresh(db, cloud, feed, store), health, config, clock);
        this.worker = new ReplayWorker(cycle, puller, store, health, config, clock);
        this.recorder = new OutboxChangeRecorder(store, clock, worker::committed);
        db.addTransactionListener(recorder.transactionListener());
        this.view = new SyncQueueView(db, store);
        ApprovalSigner signer = new ApprovalSigner(approvals);
        this.signingRecorder = new SigningRecorder(recorder, signer, clock);
        this.resolutions = new Resolutions(db, store, feed, migrations, clock, worker::syncNow, signer);
        this.productRepair = new ProductRepair(db, store, migrations, clock, worker::syncNow, signer);
        this.holdingsCheck = new HoldingsCheck(db, cloud, signingRecorder, config.shopId(), config.deviceId(), clock);
        this.holdingsSchedule = new HoldingsSchedule(holdingsCheck, HOLDINGS_CHECK_INTERVAL_MS);
        health.addListener(holdingsSchedule::healthChanged);
        cloud.addLoginListener(t -> {
            health.resumeFrom(PausedReason.LOGIN_REQUIRED);
            worker.syncNow();
        });
    }

    public static Outbox create(Database db, OutboxConfig config, Clock clock) {
        return create(db, config, clock, new Random(), new InMemoryTokenStore());
    }

    public static Outbox create(Database db, OutboxConfig config, Clock clock, Random random, TokenStore tokens) {
        return create(db, config, clock, random, tokens, PayloadMigrations.standard());
    }

    /** With a payload migrator chain other than the shipped one (tests of old payloads). */
    public static Outbox create(Database db, OutboxConfig config, Clock clock, Random random, TokenStore tokens,
                                PayloadMigrations migrations) {
        return new Outbox(db, config, clock, random, tokens, migrations);
    }

    /** Pass this to every dal service: it appends the SyncQueue entry inside the service's transaction. */
    public ChangeRecorder recorder() {
        return signingRecorder;
    }

    /** The supervisors' approval keys unlocked on this till; the entries they approve are signed with them. */
    public UnlockedApprovals approvals() {
        return approvals;
    }

    /** Starts the background worker (push, pull, purge). */
    public void start() {
        worker.start();
        holdingsSchedule.start();
    }

    /** Stops the worker and closes the HTTP client. Entries not yet sent stay queued for next time. */
    @Override
    public void close() {
        holdingsSchedule.close();
        worker.stop();
        cloud.close();
    }

    /** Compares the server's holdings of this till's bills with the till's and queues again what the server lost. */
    public HoldingsCheck.Result checkHoldingsNow() throws java.io.IOException {
        return holdingsCheck.run();
    }

    /** "Sync now": push and pull at once (also resumes after an UPDATE_REQUIRED pause, to check again). */
    public void syncNow() {
        health.resumeFrom(PausedReason.UPDATE_REQUIRED);
        worker.syncNow();
    }

    /**
     * Pushes everything it can before the app closes, ignoring backoff, each entry at most once, until the queue
     * is empty, the cloud is unreachable, sending is paused or {@code timeout} passes ({@link Drain}).
     */
    public DrainResult drain(Duration timeout, DrainProgressListener listener) {
        return new Drain(db, store, cycle, health, worker).run(timeout, listener);
    }

    /** A fresh snapshot (queries the database). */
    public SyncHealth health() {
        return health.snapshot();
    }

    /** Listeners are called on the worker thread whenever the health changes. */
    public void addListener(SyncHealthListener listener) {
        health.addListener(listener);
    }

    public void removeListener(SyncHealthListener listener) {
        health.removeListener(listener);
    }

    /** "Work offline": nothing is sent or pulled until switched back; local work goes on as ever. */
    public void setWorkOffline(boolean offline) {
        health.setWorkOffline(offline);
        worker.syncNow();
    }

    /** Use this access token from now on (e.g. after the till's login screen); resumes a LOGIN_REQUIRED pause. */
    public void setCredentials(String accessToken) {
        cloud.tokens().setAccessToken(accessToken);
        health.resumeFrom(PausedReason.LOGIN_REQUIRED);
        worker.syncNow();
    }

    public TokenStore tokens() {
        return cloud.tokens();
    }

    /** Login, refresh and logout against the cloud; a successful login resumes a LOGIN_REQUIRED pause. */
    public CloudClient cloud() {
        return cloud;
    }

    public SyncQueueView view() {
        return view;
    }

    public Resolutions resolutions() {
        return resolutions;
    }

    /** Link, rename or list the dependants of a product create the server refused. */
    public ProductRepair productRepair() {
        return productRepair;
    }

    /** A supervisor's choices for a return the cloud refused as more than was left on its bill. */
    public shopdesk.outbox.resolution.ReturnResolutions returnResolutions() {
        return new shopdesk.outbox.resolution.ReturnResolutions(db, store, clock, worker::syncNow);
    }

    /** Bills sold on other tills, asked of the server for a return here. */
    public shopdesk.outbox.cloud.RemoteBills remoteBills() {
        return new shopdesk.outbox.cloud.RemoteBills(cloud);
    }

    /** Deletes DONE entries older than sync.purge-done-after-days now (the worker also does it every few hours). */
    public int purgeDone() {
        return store.purgeDone(clock.millis() - config.purgeDoneAfterDays() * 86_400_000L);
    }

    /** One push cycle on the caller's thread (tests, tools): claims a batch, sends it, records the outcomes. */
    public ReplayCycle.Result pushOnce() {
        return cycle.runOnce(Set.of(), false);
    }

    /** Pulls the feed to its end on the caller's thread. */
    public FeedPuller.PullResult pullNow() {
        return puller.pullAll();
    }

    public OutboxConfig config() {
        return config;
    }

    public SyncQueueStore store() {
        return store;
    }
}
