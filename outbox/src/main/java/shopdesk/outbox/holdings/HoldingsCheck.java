package shopdesk.outbox.holdings;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.dal.db.Database;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.protocol.HeldNumbers;
import shopdesk.protocol.Holdings;
import shopdesk.protocol.Json;

/**
 * Finds this till's acknowledged bills that the server no longer holds (a server restored from a backup, or one
 * that lost its last seconds) and queues them again. Counts per bucket of local numbers first; only a bucket where
 * the server holds fewer bills than the till knows it delivered is listed number by number. A bill the server
 * still holds is never sent again, and a re-queued bill has no legal number until the server answers, so a later
 * check cannot queue it twice.
 */
public final class HoldingsCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HoldingsCheck.class);
    private static final long BUCKET_SIZE = Holdings.BUCKET_SIZE;

    /** What one check found. */
    public record Result(boolean completed, long acknowledgedByTill, long heldByServer, List<String> resent) {
        static Result unavailable() {
            return new Result(false, 0, 0, List.of());
        }
    }

    private final Database db;
    private final CloudClient cloud;
    private final ChangeRecorder recorder;
    private final String shopId;
    private final String deviceId;
    private final Clock clock;

    public HoldingsCheck(Database db, CloudClient cloud, ChangeRecorder recorder, String shopId, String deviceId,
                         Clock clock) {
        this.db = db;
        this.cloud = cloud;
        this.recorder = recorder;
        this.shopId = shopId;
        this.deviceId = deviceId;
        this.clock = clock;
    }

    /** One comparison; an unreachable or refusing server ends it quietly (the next check tries again). */
    public Result run() throws IOException {
        // The till's side is read before the server's: a bill acknowledged by then was committed on the server
        // before, so the server's later answer holds it unless it was really lost. Read the other way round, a
        // bill acknowledged between the two reads would look missing and be sent twice.
        Map<Long, Long> local = LocalHoldings.bucketCounts(db.dsl(), shopId, deviceId, BUCKET_SIZE);
        Holdings server = fetch("/api/v1/sync/holdings", Holdings.class);
        if (server == null) return Result.unavailable();
        if (server.bucketSize() != BUCKET_SIZE) {
            LOG.warn("Holdings check skipped: the server counts buckets of {}, this till of {}", server.bucketSize(), BUCKET_SIZE);
            return Result.unavailable();
        }
        Map<Long, Long> held = new java.util.HashMap<>();
        server.buckets().forEach(b -> held.put(b.index(), b.count()));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<Long, Long> bucket : local.entrySet()) {
            if (bucket.getValue() <= held.getOrDefault(bucket.getKey(), 0L)) continue;
            long from = bucket.getKey() * BUCKET_SIZE;
            long to = from + BUCKET_SIZE - 1;
            Map<Long, String> acknowledged = LocalHoldings.acknowledgedIn(db.dsl(), shopId, deviceId, from, to);
            HeldNumbers numbers = fetch("/api/v1/sync/holdings/numbers?from=" + from + "&to=" + to, HeldNumbers.class);
            if (numbers == null) return Result.unavailable();
            numbers.localNumbers().forEach(acknowledged::remove);
            missing.addAll(acknowledged.values());
        }
        long tillCount = local.values().stream().mapToLong(Long::longValue).sum();
        long serverCount = held.values().stream().mapToLong(Long::longValue).sum();
        List<String> resent = missing.isEmpty() ? List.of() : resend(missing);
        if (!resent.isEmpty()) {
            LOG.warn("The server no longer holds {} bill(s) of this till that it had acknowledged; queued again: {}",
                    resent.size(), resent.size() <= 20 ? resent : resent.subList(0, 20) + " ...");
        }
        return new Result(true, tillCount, serverCount, resent);
    }

    private List<String> resend(List<String> billIds) {
        long now = clock.millis();
        return db.inTransaction(tx -> {
            List<String> queued = new ArrayList<>();
            for (String id : billIds) if (BillResend.resend(tx, recorder, id, now)) queued.add(id);
            return queued;
        });
    }

    private <T> T fetch(String pathAndQuery, Class<T> type) throws IOException {
        CloudResponse r = cloud.get(pathAndQuery);
        if (r.status() != 200) {
            LOG.info("Holdings check skipped: the server answered {} to {}", r.status(), pathAndQuery);
            return null;
        }
        return Json.gson().fromJson(r.body(), type);
    }
}
