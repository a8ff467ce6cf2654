package shopdesk.outbox.pull;

import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.outbox.queue.Tx;
import shopdesk.protocol.Json;
import shopdesk.protocol.PullResponse;

/** Pulls the shop's change feed from the stored cursor, one page per local transaction (page + new cursor). */
public final class FeedPuller {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPuller.class);
    private static final int MAX_PAGES_PER_RUN = 1000;
    private final Database db;
    private final CloudClient cloud;
    private final FeedApplier applier;
    private final EntityRefresh refresh;
    private final HealthMonitor health;
    private final OutboxConfig config;
    private final Clock clock;

    public FeedPuller(Database db, CloudClient cloud, FeedApplier applier, EntityRefresh refresh, HealthMonitor health,
                      OutboxConfig config, Clock clock) {
        this.refresh = refresh;
        this.db = db;
        this.cloud = cloud;
        this.applier = applier;
        this.health = health;
        this.config = config;
        this.clock = clock;
    }

    /** @param changes feed changes received; @param completed the feed was read to its end */
    public record PullResult(int changes, int applied, boolean completed) {
    }

    public PullResult pullAll() {
        int changes = 0, applied = 0;
        for (int page = 0; page < MAX_PAGES_PER_RUN; page++) {
            String cursor = Tx.call(db, tx -> SyncMeta.get(tx, SyncMeta.PULL_CURSOR));
            CloudResponse r;
            try {
                r = cloud.pull(cursor, config.pullPageSize());
            } catch (IOException e) {
                health.unreachable(e.getMessage());
                return new PullResult(changes, applied, false);
            }
            health.reachable();
            if (r.status() == 401) {
                health.pauseForLogin(() -> cloud.tokenReplacedSince(r));
                return new PullResult(changes, applied, false);
            }
            if (r.status() == 426) {
                health.pause(PausedReason.UPDATE_REQUIRED);
                return new PullResult(changes, applied, false);
            }
            PullResponse body = null;
            if (r.status() == 200) {
                try {
                    body = Json.gson().fromJson(r.body(), PullResponse.class);
                } catch (RuntimeException e) {
                    body = null;
                }
            }
            if (body == null || body.changes() == null) {
                health.serverError("Pull failed: HTTP " + r.status());
                LOG.info("Pull failed with HTTP {}", r.status());
                return new PullResult(changes, applied, false);
            }
            PullResponse page1 = body;
            long now = clock.millis();
            int n = Tx.call(db, tx -> {
                int a = applier.applyPage(tx, page1.changes(), now);
                if (page1.nextCursor() != null) SyncMeta.put(tx, SyncMeta.PULL_CURSOR, page1.nextCursor());
                SyncMeta.put(tx, SyncMeta.LAST_PULL_SERVER_TIME, Long.toString(page1.serverTime()));
                return a;
            });
            changes += body.changes().size();
            applied += n;
            if (!body.hasMore() || body.changes().isEmpty()) {
                Tx.run(db, tx -> applier.reconcileStock(tx, clock.millis()));
                refresh.runPending(clock.millis());
                return new PullResult(changes, applied, true);
            }
        }
        return new PullResult(changes, applied, false);
    }
}
