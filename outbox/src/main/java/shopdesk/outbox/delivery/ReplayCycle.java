package shopdesk.outbox.delivery;

import shopdesk.outbox.queue.Tx;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.cloud.CloudResponse;
import shopdesk.outbox.cloud.CloudUnreachableException;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.Json;
import shopdesk.protocol.PushResponse;

/**
 * One push: claim a batch of due entries, send it, classify the answer and record every entry's outcome in
 * one local transaction. {@link #runOnce} does the three in turn; {@link PipelinedPush} calls {@link #claim},
 * {@link #exchange} and {@link #record} itself to overlap them across batches. Both hold this object's monitor,
 * so the background worker and a closing-time drain never overlap.
 */
public final class ReplayCycle {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayCycle.class);

    /** Why a cycle stopped the run (NONE: carry on). */
    public enum Stop { NONE, UNREACHABLE, LOGIN_REQUIRED, UPDATE_REQUIRED }

    /** @param delivered entries now DONE; @param notDelivered entries claimed but not DONE */
    public record Result(int claimed, List<Long> delivered, List<Long> notDelivered, Stop stop) {
        static final Result NOTHING = new Result(0, List.of(), List.of(), Stop.NONE);
    }

    sealed interface Outcome permits Done, Parked, Retry, Release {
        QueuedEntry entry();
    }

    private record Done(QueuedEntry entry, EntryResult.Applied applied, int status) implements Outcome {
    }

    private record Parked(QueuedEntry entry, DeliveryState state, String label, String error, Integer status,
                          String serverState) implements Outcome {
    }

    private record Retry(QueuedEntry entry, String label, String error, Integer status, long retryAfterMs)
            implements Outcome {
    }

    private record Release(QueuedEntry entry, String label, Integer status) implements Outcome {
    }

    private final Database db;
    private final SyncQueueStore store;
    private final CloudClient cloud;
    private final OutboxConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final PayloadMigrations migrations;
    private final ResultApplier applier;
    private final HealthMonitor health;

    public ReplayCycle(Database db, SyncQueueStore store, CloudClient cloud, OutboxConfig config, Backoff backoff,
                       Clock clock, PayloadMigrations migrations, ResultApplier applier, HealthMonitor health) {
        this.db = db;
        this.store = store;
        this.cloud = cloud;
        this.config = config;
        this.backoff = backoff;
        this.clock = clock;
        this.migrations = migrations;
        this.applier = applier;
        this.health = health;
    }

    /**
     * @param exclude       entries not to claim (a drain tries each entry once)
     * @param ignoreBackoff treat RETRY_WAIT entries as due now (closing-time drain)
     */
    public synchronized Result runOnce(Set<Long> exclude, boolean ignoreBackoff) {
        if (health.paused() != PausedReason.NONE) return new Result(0, List.of(), List.of(), stopFor(health.paused()));
        Claimed claimed = claim(exclude, ignoreBackoff);
        if (claimed == null) return Result.NOTHING;
        return record(claimed, exchange(claimed));
    }

    /** A claimed batch (its entries IN_FLIGHT under a lease), ready to send. */
    public static final class Claimed {
        private final long now;
        private final long claimedAtNanos = System.nanoTime();
        private final List<QueuedEntry> batch;
        private final List<QueuedEntry> sending = new ArrayList<>();
        private final List<PushBody.Entry> wire = new ArrayList<>();
        private final List<Outcome> unsendable = new ArrayList<>();
        private String body;

        private Claimed(long now, List<QueuedEntry> batch) {
            this.now = now;
            this.batch = batch;
        }

        /** The seqs of the claimed entries. */
        public List<Long> seqs() {
            return batch.stream().map(QueuedEntry::seq).toList();
        }
    }

    /** What the cloud answered for a batch (or why it did not). */
    public record Exchanged(List<Outcome> outcomes, Stop stop, Long serverTime, long sentAtNanos) {
    }

    /**
     * Claims up to a batch of due entries and builds what goes on the wire; null when nothing is due. Not
     * synchronized: {@link #runOnce} and a pipelined drain (which holds this cycle's monitor throughout) call it.
     */
    public Claimed claim(Set<Long> exclude, boolean ignoreBackoff) {
        long now = clock.millis();
        List<QueuedEntry> batch = store.claim(now, config.batchSize(), config.leaseMs(), exclude, ignoreBackoff);
        if (batch.isEmpty()) return null;
        Claimed c = new Claimed(now, batch);
        for (QueuedEntry e : batch) {
            try {
                String payload = migrations.upgradeText(e.action(), e.payloadVersion(), e.payload());
                c.wire.add(new PushBody.Entry(e.requestId(), e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(),
                        e.action(), migrations.current(), payload, e.baseVersion(), e.userId(), e.createdAt()));
                c.sending.add(e);
            } catch (RuntimeException ex) {
                c.unsendable.add(new Parked(e, DeliveryState.FAILED, "UNSENDABLE", "Cannot send this entry: " + ex.getMessage(), null, null));
            }
        }
        // serialised here, not on the wire's critical path: a pipelined push claims while the previous batch travels
        if (!c.sending.isEmpty()) c.body = PushBody.write(config.deviceId(), c.wire);
        return c;
    }

    /** Sends a claimed batch and classifies the answer; touches no database (may run beside a claim or record). */
    public Exchanged exchange(Claimed c) {
        long sentAt = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(c.unsendable);
        Stop stop = Stop.NONE;
        Long serverTime = null;
        if (!c.sending.isEmpty()) {
            CloudResponse r = null;
            try {
                r = cloud.push(c.body);
            } catch (CloudUnreachableException ex) {
                health.unreachable(ex.getMessage());
                c.sending.forEach(e -> outcomes.add(new Release(e, null, null)));
                stop = Stop.UNREACHABLE;
            } catch (IOException ex) {
                // Sent, maybe applied, answer lost: retry; the request id makes the replay harmless.
                health.unreachable(ex.getMessage());
                c.sending.forEach(e -> outcomes.add(new Retry(e, "NETWORK", ex.getMessage(), null, 0)));
            }
            if (r != null) {
                health.reachable();
                ClassifiedResponse cr = classify(r, c.sending, c.now);
                outcomes.addAll(cr.outcomes);
                stop = cr.stop;
                serverTime = cr.serverTime;
            }
        }
        return new Exchanged(outcomes, stop, serverTime, sentAt);
    }

    /** Records every entry's outcome of an exchanged batch in one local transaction. */
    public Result record(Claimed c, Exchanged x) {
        long recordAt = System.nanoTime();
        Result result = record(x.outcomes(), c.now, x.serverTime(), c.batch.size(), x.stop());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Pushed {} entries ({} delivered, stop {}): claim {} ms, exchange {} ms, record {} ms", c.batch.size(),
                    result.delivered().size(), x.stop(), (x.sentAtNanos() - c.claimedAtNanos) / 1_000_000,
                    (recordAt - x.sentAtNanos()) / 1_000_000, (System.nanoTime() - recordAt) / 1_000_000);
        }
        return result;
    }

    /** Gives a claimed batch that was never sent back to the queue as it was (nothing logged). */
    public void release(Claimed c) {
        Tx.run(db, tx -> store.release(tx, c.seqs(), c.now));
    }

    private record ClassifiedResponse(List<Outcome> outcomes, Stop stop, Long serverTime) {
    }

    private ClassifiedResponse classify(CloudResponse r, List<QueuedEntry> sent, long now) {
        List<Outcome> out = new ArrayList<>();
        int s = r.status();
        if (s == 200) {
            PushResponse body;
            try {
                body = Json.gson().fromJson(r.body(), PushResponse.class);
            } catch (RuntimeException ex) {
                body = null;
            }
            if (body == null || body.results() == null) {
                health.serverError("The cloud sent an unreadable push answer");
                sent.forEach(e -> out.add(new Retry(e, "BAD_RESPONSE", "Unreadable answer from the cloud: " + snippet(r.body()), s, 0)));
                return new ClassifiedResponse(out, Stop.NONE, null);
            }
            Map<String, EntryResult> byId = new HashMap<>();
            body.results().forEach(x -> { if (x != null && x.requestId() != null) byId.put(x.requestId(), x); });
            for (QueuedEntry e : sent) {
                EntryResult x = byId.get(e.requestId());
                if (x == null || x.outcome() == null) {
                    out.add(new Retry(e, "BAD_RESPONSE", "The cloud's answer has no result for this entry", s, 0));
                    continue;
                }
                switch (x.outcome()) {
                    case APPLIED -> out.add(new Done(e, x.applied(), s));
                    case CONFLICT -> out.add(new Parked(e, DeliveryState.CONFLICT, "CONFLICT",
                            x.conflict() == null ? "Conflict" : x.conflict().message(), s,
                            x.conflict() == null ? null : Json.gson().toJson(x.conflict())));
                    case REJECTED -> out.add(new Parked(e, DeliveryState.FAILED, "REJECTED",
                            x.rejected() == null ? "Rejected" : x.rejected().code() + ": " + x.rejected().message(), s, null));
                }
            }
            return new ClassifiedResponse(out, Stop.NONE, body.serverTime() > 0 ? body.serverTime() : null);
        }
        String message = message(r);
        if (s == 401) {
            if (tryRefresh()) {
                sent.forEach(e -> out.add(new Release(e, "LOGIN_REFRESHED", s)));
                return new ClassifiedResponse(out, Stop.NONE, null);
            }
            health.pauseForLogin(() -> cloud.tokenReplacedSince(r));
            sent.forEach(e -> out.add(new Release(e, "LOGIN_REQUIRED", s)));
            return new ClassifiedResponse(out, Stop.LOGIN_REQUIRED, null);
        }
        if (s == 426) {
            health.pause(PausedReason.UPDATE_REQUIRED);
            health.serverError(message);
            sent.forEach(e -> out.add(new Release(e, "UPDATE_REQUIRED", s)));
            return new ClassifiedResponse(out, Stop.UPDATE_REQUIRED, null);
        }
        if (s == 408 || s == 429 || s >= 500 || s < 400) {
            long wait = RetryAfter.millis(r.retryAfter(), r.date(), now);
            health.serverError(message);
            String label = s == 429 ? "THROTTLED" : s >= 500 ? "SERVER_ERROR" : "HTTP_" + s;
            sent.forEach(e -> out.add(new Retry(e, label, message, s, wait)));
            return new ClassifiedResponse(out, Stop.NONE, null);
        }
        if (s == 409 || s == 412) {
            String state = asJsonObject(r.body());
            sent.forEach(e -> out.add(new Parked(e, DeliveryState.CONFLICT, "CONFLICT", message, s, state)));
            return new ClassifiedResponse(out, Stop.NONE, null);
        }
        // Any other 4xx: the entry will never get past it by itself; a supervisor looks at it.
        sent.forEach(e -> out.add(new Parked(e, DeliveryState.FAILED, "REJECTED", message, s, null)));
        return new ClassifiedResponse(out, Stop.NONE, null);
    }

    private boolean tryRefresh() {
        if (cloud.tokens().refreshToken().isEmpty()) return false;
        try {
            cloud.refresh();
            return true;
        } catch (RuntimeException e) {
            LOG.info("Token refresh failed: {}", e.getMessage());
            return false;
        }
    }

    private Result record(List<Outcome> outcomes, long now, Long serverTime, int claimed, Stop stop) {
        try {
            Tx.run(db, tx -> {
                applyDone(tx, outcomes, now);
                for (Outcome o : outcomes) if (!(o instanceof Done)) apply(tx, o, now);
                if (serverTime != null && outcomes.stream().anyMatch(o -> o instanceof Done)) {
                    SyncMeta.put(tx, SyncMeta.LAST_PUSH_SERVER_TIME, Long.toString(serverTime));
                }
            });
        } catch (RuntimeException batchFailure) {
            LOG.warn("Recording a push batch failed; recording entry by entry", batchFailure);
            for (Outcome o : outcomes) {
                try {
                    Tx.run(db, tx -> apply(tx, o, now));
                } catch (RuntimeException one) {
                    // The server's stored result will be returned again on the retry.
                    Tx.run(db, tx -> store.markRetry(tx, o.entry().seq(), o.entry().failures(),
                            now + backoff.delayMs(Math.max(1, o.entry().failures()), 0),
                            "Could not record the result locally: " + one.getMessage(), null, now));
                }
            }
        }
        List<Long> delivered = new ArrayList<>();
        List<Long> not = new ArrayList<>();
        for (Outcome o : outcomes) (o instanceof Done ? delivered : not).add(o.entry().seq());
        return new Result(claimed, delivered, not, stop);
    }

    /**
     * The DONE outcomes of a batch with a few statements instead of three per entry (the usual answer: all 50
     * applied): one update of their delivery rows and one insert of their attempts per HTTP status, and the bills'
     * server numbers as one batched statement. Same rows as {@link #apply} writes for each.
     */
    private void applyDone(DSLContext tx, List<Outcome> outcomes, long now) {
        Map<Integer, List<Long>> byStatus = new java.util.LinkedHashMap<>();
        List<Map.Entry<QueuedEntry, EntryResult.Applied>> done = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o instanceof Done d) {
                byStatus.computeIfAbsent(d.status(), s -> new ArrayList<>()).add(d.entry().seq());
                done.add(new java.util.AbstractMap.SimpleImmutableEntry<>(d.entry(), d.applied()));
            }
        }
        if (done.isEmpty()) return;
        for (Map.Entry<Integer, List<Long>> s : byStatus.entrySet()) {
            store.markDone(tx, s.getValue(), s.getKey(), now);
            store.logAttempts(tx, s.getValue(), now, "APPLIED", s.getKey());
        }
        applier.applied(tx, done);
    }

    private void apply(DSLContext tx, Outcome o, long now) {
        QueuedEntry e = o.entry();
        if (o instanceof Done d) {
            store.markDone(tx, e.seq(), d.status(), now);
            store.logAttempt(tx, e.seq(), now, "APPLIED", d.status(), null);
            applier.applied(tx, e, d.applied());
        } else if (o instanceof Parked p) {
            store.park(tx, e.seq(), p.state(), p.error(), p.status(), p.serverState(), null, now);
            store.logAttempt(tx, e.seq(), now, p.label(), p.status(), p.error());
            if (p.state() == DeliveryState.CONFLICT) applier.conflicted(tx, e);
            else applier.failed(tx, e);
        } else if (o instanceof Retry r) {
            int failures = e.failures() + 1;
            store.logAttempt(tx, e.seq(), now, r.label(), r.status(), r.error());
            if (failures >= config.maxRetryableFailures()) {
                store.park(tx, e.seq(), DeliveryState.FAILED, "Gave up after " + failures + " failed attempts; last: "
                        + r.error(), r.status(), null, failures, now);
                applier.failed(tx, e);
            } else {
                store.markRetry(tx, e.seq(), failures, now + backoff.delayMs(failures, r.retryAfterMs()),
                        r.error(), r.status(), now);
            }
        } else if (o instanceof Release rel) {
            if (rel.label() != null) store.logAttempt(tx, e.seq(), now, rel.label(), rel.status(), null);
            store.release(tx, List.of(e.seq()), now);
        }
    }

    private static Stop stopFor(PausedReason p) {
        return switch (p) {
            case LOGIN_REQUIRED -> Stop.LOGIN_REQUIRED;
            case UPDATE_REQUIRED -> Stop.UPDATE_REQUIRED;
            default -> Stop.UNREACHABLE;
        };
    }

    private static String message(CloudResponse r) {
        ErrorBody b = CloudClient.errorBody(r.body());
        if (b != null && b.message() != null) return "HTTP " + r.status() + (b.code() == null ? "" : " " + b.code()) + ": " + b.message();
        return "HTTP " + r.status() + (r.body() == null || r.body().isBlank() ? "" : ": " + snippet(r.body()));
    }

    private static String asJsonObject(String body) {
        try {
            JsonElement el = JsonParser.parseString(body);
            if (el.isJsonObject()) return el.toString();
        } catch (RuntimeException ignored) {
            // not JSON: wrap it below
        }
        JsonObject o = new JsonObject();
        o.addProperty("message", snippet(body));
        return o.toString();
    }

    private static String snippet(String s) {
        if (s == null) return "";
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
