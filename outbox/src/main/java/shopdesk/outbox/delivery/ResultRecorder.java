package shopdesk.outbox.delivery;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.outbox.queue.SyncMeta;
import shopdesk.outbox.queue.SyncQueueStore;
import shopdesk.outbox.queue.Tx;
import shopdesk.protocol.EntryResult;

/**
 * The one place a push's outcomes are written to the till's database: delivery state, attempt log and what the
 * server said onto the till's rows ({@link ResultApplier}). A batch is written in one transaction; if that fails,
 * each entry is written alone by the same code, and an entry whose outcome cannot be written at all counts a
 * failure, backs off and is parked FAILED after {@code sync.max-retryable-failures}, so it never loops.
 */
final class ResultRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(ResultRecorder.class);

    private final Database db;
    private final SyncQueueStore store;
    private final ResultApplier applier;
    private final Backoff backoff;
    private final int maxFailures;

    ResultRecorder(Database db, SyncQueueStore store, ResultApplier applier, Backoff backoff, int maxFailures) {
        this.db = db;
        this.store = store;
        this.applier = applier;
        this.backoff = backoff;
        this.maxFailures = maxFailures;
    }

    /** Records every outcome; answers the seqs now DONE. */
    List<Long> record(List<Outcome> outcomes, long now, Long serverTime) {
        try {
            return written(outcomes, now, serverTime);
        } catch (RuntimeException batchFailure) {
            if (outcomes.size() > 1) LOG.warn("Recording a push batch failed; recording entry by entry", batchFailure);
            else if (!resolvedNumberCollision(outcomes.get(0), now)) return recordUnrecordable(outcomes.get(0), batchFailure, now);
        }
        List<Long> done = new ArrayList<>();
        for (Outcome o : outcomes) {
            try {
                done.addAll(written(List.of(o), now, serverTime));
            } catch (RuntimeException one) {
                RuntimeException last = one;
                if (outcomes.size() > 1 && resolvedNumberCollision(o, now)) {
                    try {
                        done.addAll(written(List.of(o), now, serverTime));
                        continue;
                    } catch (RuntimeException again) {
                        last = again;
                    }
                }
                recordUnrecordable(o, last, now);
            }
        }
        return done;
    }

    /** Writes the outcomes in one transaction; answers the seqs now DONE. */
    private List<Long> written(List<Outcome> outcomes, long now, Long serverTime) {
        Tx.run(db, tx -> write(tx, outcomes, now, serverTime));
        return doneSeqs(outcomes);
    }

    /** The server's legal numbers win: a bill of this till still holding the answer's number was lost by it. */
    private boolean resolvedNumberCollision(Outcome o, long now) {
        if (!(o instanceof Outcome.Done d)) return false;
        try {
            return Tx.call(db, tx -> applier.resolveNumberCollision(tx, d.entry(), d.applied(), now));
        } catch (RuntimeException e) {
            LOG.warn("Could not hand back the legal number of sync entry {}", d.entry().seq(), e);
            return false;
        }
    }

    private void write(DSLContext tx, List<Outcome> outcomes, long now, Long serverTime) {
        // DONE, the usual answer for all 50: a few batched statements instead of three per entry
        Map<Integer, List<Long>> doneByStatus = new LinkedHashMap<>();
        List<Map.Entry<QueuedEntry, EntryResult.Applied>> applied = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o instanceof Outcome.Done d) {
                doneByStatus.computeIfAbsent(d.status(), s -> new ArrayList<>()).add(d.entry().seq());
                applied.add(new AbstractMap.SimpleImmutableEntry<>(d.entry(), d.applied())); // applied may be null
            }
        }
        for (Map.Entry<Integer, List<Long>> s : doneByStatus.entrySet()) {
            store.markDone(tx, s.getValue(), s.getKey(), now);
            store.logAttempts(tx, s.getValue(), now, AttemptOutcome.APPLIED, s.getKey());
        }
        if (!applied.isEmpty()) applier.applied(tx, applied);
        for (Outcome o : outcomes) {
            if (!(o instanceof Outcome.Done)) writeUndone(tx, o, now);
        }
        if (serverTime != null && !applied.isEmpty()) {
            SyncMeta.put(tx, SyncMeta.LAST_PUSH_SERVER_TIME, Long.toString(serverTime));
        }
    }

    private void writeUndone(DSLContext tx, Outcome o, long now) {
        QueuedEntry e = o.entry();
        if (o instanceof Outcome.Parked p) {
            store.park(tx, e.seq(), p.state(), p.error(), p.status(), p.serverState(), null, now);
            store.logAttempt(tx, e.seq(), now, p.label(), p.status(), p.error());
            if (p.state() == DeliveryState.CONFLICT) applier.conflicted(tx, e);
            else applier.failed(tx, e);
        } else if (o instanceof Outcome.Retry r) {
            store.logAttempt(tx, e.seq(), now, r.label(), r.status(), r.error());
            countFailure(tx, e, r.error(), r.status(), r.retryAfterMs(), now);
        } else if (o instanceof Outcome.Wait w) {
            store.logAttempt(tx, e.seq(), now, AttemptOutcome.WAITING_FOR_NOTE, w.status(), w.error());
            NoteWait.Waited waited = NoteWait.waited(tx, e.seq());
            if (NoteWait.waitedLongEnough(waited, now)) {
                store.park(tx, e.seq(), DeliveryState.FAILED, NoteWait.gaveUp(w.error()), w.status(), null, null, now);
                applier.failed(tx, e);
            } else {
                long wait = Math.max(backoff.delayMs(waited.times(), 0), NoteWait.floorMs(waited.times()));
                store.markRetry(tx, e.seq(), e.failures(), now + wait, w.error(), w.status(), now);
            }
        } else if (o instanceof Outcome.Release rel) {
            if (rel.label() != null) store.logAttempt(tx, e.seq(), now, rel.label(), rel.status(), null);
            store.release(tx, List.of(e.seq()), now);
        }
    }

    /** One more failure: due again after the backoff, or parked FAILED once the limit is reached. */
    private void countFailure(DSLContext tx, QueuedEntry e, String error, Integer status, long floorMs, long now) {
        int failures = e.failures() + 1;
        if (failures >= maxFailures) {
            store.park(tx, e.seq(), DeliveryState.FAILED, "Gave up after " + failures + " failed attempts; last: " + error,
                    status, null, failures, now);
            applier.failed(tx, e);
        } else {
            store.markRetry(tx, e.seq(), failures, now + backoff.delayMs(failures, floorMs), error, status, now);
        }
    }

    /**
     * The server answered but the till cannot keep the answer (e.g. a legal number another bill already holds):
     * retrying at once would fail the same way, so it is a failure like any other, with a reason in plain words.
     */
    private List<Long> recordUnrecordable(Outcome o, RuntimeException cause, long now) {
        QueuedEntry e = o.entry();
        LOG.warn("Could not record the answer for sync entry {} ({})", e.seq(), e.streamKey(), cause);
        try {
            Tx.run(db, tx -> {
                String reason = "The server's answer could not be saved on this till: "
                        + RecordingFailure.describe(tx, o, cause);
                store.logAttempt(tx, e.seq(), now, AttemptOutcome.UNRECORDABLE, o.status(), reason);
                // never due at once: full jitter may draw a wait of zero, and the same answer would fail the same way
                countFailure(tx, e, reason, o.status(), backoff.ceilingMs(1), now);
            });
        } catch (RuntimeException again) {
            // Its lease runs out and it is sent again then, answered from the server's stored result.
            LOG.error("Could not record that sync entry {} failed either; it stays in flight until its lease ends",
                    e.seq(), again);
        }
        return List.of();
    }

    private static List<Long> doneSeqs(List<Outcome> outcomes) {
        List<Long> done = new ArrayList<>();
        for (Outcome o : outcomes) if (o instanceof Outcome.Done) done.add(o.entry().seq());
        return done;
    }
}
