package shopdesk.outbox.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.OutboxConfig;
import shopdesk.outbox.cloud.CloudClient;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;
import shopdesk.outbox.migration.PayloadMigrations;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;

/**
 * One push: claim a batch of due entries, send it ({@link PushExchange}), record every entry's outcome
 * ({@link ResultRecorder}). {@link #runOnce} does the three in turn; {@link PipelinedPush} calls {@link #claim},
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

    /** A claimed batch (its entries IN_FLIGHT under a lease), ready to send. */
    public static final class Claimed {
        private final long now;
        private final long claimedAtNanos = System.nanoTime();
        private final List<QueuedEntry> batch;
        private final List<Outcome> unsendable = new ArrayList<>();
        private PushExchange.Batch sending;

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

    private final Database db;
    private final SyncQueueStore store;
    private final OutboxConfig config;
    private final Clock clock;
    private final PayloadMigrations migrations;
    private final HealthMonitor health;
    private final PushExchange exchange;
    private final ResultRecorder recorder;

    public ReplayCycle(Database db, SyncQueueStore store, CloudClient cloud, OutboxConfig config, Backoff backoff,
                       Clock clock, PayloadMigrations migrations, ResultApplier applier, HealthMonitor health) {
        this.db = db;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.migrations = migrations;
        this.health = health;
        this.exchange = new PushExchange(cloud, health, config.deviceId());
        this.recorder = new ResultRecorder(db, store, applier, backoff, config.maxRetryableFailures());
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

    /**
     * Claims up to a batch of due entries and builds what goes on the wire; null when nothing is due. Not
     * synchronized: {@link #runOnce} and a pipelined drain (which holds this cycle's monitor throughout) call it.
     */
    public Claimed claim(Set<Long> exclude, boolean ignoreBackoff) {
        long now = clock.millis();
        List<QueuedEntry> batch = store.claim(now, config.batchSize(), config.leaseMs(), exclude, ignoreBackoff);
        if (batch.isEmpty()) return null;
        Claimed c = new Claimed(now, batch);
        List<QueuedEntry> sendable = new ArrayList<>(batch.size());
        List<PushBody.Entry> wire = new ArrayList<>(batch.size());
        for (QueuedEntry e : batch) {
            try {
                String payload = migrations.upgradeText(e.action(), e.payloadVersion(), e.payload());
                wire.add(new PushBody.Entry(e.requestId(), e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(),
                        e.action(), migrations.current(), payload, e.baseVersion(), e.userId(), e.createdAt()));
                sendable.add(e);
            } catch (RuntimeException ex) {
                c.unsendable.add(new Outcome.Parked(e, DeliveryState.FAILED, AttemptOutcome.UNSENDABLE,
                        "Cannot send this entry: " + ex.getMessage(), null, null));
            }
        }
        // serialised here, not on the wire's critical path: a pipelined push claims while the previous batch travels
        if (!sendable.isEmpty()) c.sending = new PushExchange.Batch(sendable, wire, PushBody.write(config.deviceId(), wire));
        return c;
    }

    /** Sends a claimed batch and classifies the answer; touches no database (may run beside a claim or record). */
    public Exchanged exchange(Claimed c) {
        long sentAt = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>(c.unsendable);
        if (c.sending == null) return new Exchanged(outcomes, Stop.NONE, null, sentAt);
        PushExchange.Sent sent = exchange.send(c.sending, c.now);
        outcomes.addAll(sent.outcomes());
        return new Exchanged(outcomes, sent.stop(), sent.serverTime(), sentAt);
    }

    /** Records every entry's outcome of an exchanged batch (one local transaction unless one entry fails). */
    public Result record(Claimed c, Exchanged x) {
        long recordAt = System.nanoTime();
        List<Long> delivered = recorder.record(x.outcomes(), c.now, x.serverTime());
        Set<Long> done = new HashSet<>(delivered);
        List<Long> notDelivered = new ArrayList<>();
        for (Outcome o : x.outcomes()) if (!done.contains(o.entry().seq())) notDelivered.add(o.entry().seq());
        Result result = new Result(c.batch.size(), delivered, notDelivered, x.stop());
        if (LOG.isDebugEnabled()) {
            LOG.debug("Pushed {} entries ({} delivered, stop {}): claim {} ms, exchange {} ms, record {} ms", c.batch.size(),
                    delivered.size(), x.stop(), (x.sentAtNanos() - c.claimedAtNanos) / 1_000_000,
                    (recordAt - x.sentAtNanos()) / 1_000_000, (System.nanoTime() - recordAt) / 1_000_000);
        }
        return result;
    }

    /** Gives a claimed batch that was never sent back to the queue as it was (nothing logged). */
    public void release(Claimed c) {
        Tx.run(db, tx -> store.release(tx, c.seqs(), c.now));
    }

    private static Stop stopFor(PausedReason p) {
        return switch (p) {
            case LOGIN_REQUIRED -> Stop.LOGIN_REQUIRED;
            case UPDATE_REQUIRED -> Stop.UPDATE_REQUIRED;
            default -> Stop.UNREACHABLE;
        };
    }
}
