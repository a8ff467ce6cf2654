package shopdesk.outbox.delivery;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import shopdesk.outbox.health.HealthMonitor;
import shopdesk.outbox.health.PausedReason;

/**
 * Pushes everything due while keeping the cloud busy: while batch n is on the wire, batch n+1 is claimed; when n's
 * answer arrives, n+1 is sent at once and n's outcomes are recorded while it travels. The till's own work per batch
 * (claim and record, each a synced SQLite transaction) then overlaps the server's instead of adding to it. Used by
 * the worker (a till back online) and by the closing-time drain.
 *
 * <p>What does not change: one request at a time (n+1 leaves only after n's answer), so the server applies batches
 * in order; n+1 never holds a later entry of a stream or dependant of an entry in n (the gate sees n's entries
 * still open), nor an entry of n itself (excluded explicitly, should its lease run out on the wire); a stop
 * (unreachable, login or update required) gives a batch claimed but not yet sent back to the queue untouched. A
 * crash at any point leaves entries IN_FLIGHT under a lease, resent later and answered from the server's stored
 * result, as with a single batch. Holds the cycle's monitor throughout, so a worker run and a drain never overlap.
 */
public final class PipelinedPush {
    /** How a push run ended. */
    public record Summary(int sent, boolean deadlinePassed, boolean unreachable) {
    }

    /** No deadline (the worker's runs). */
    public static final long NO_DEADLINE = Long.MIN_VALUE;

    private final ReplayCycle cycle;
    private final HealthMonitor health;
    private final boolean closingTime;
    private final Set<Long> tried = new HashSet<>();
    private boolean deadlinePassed;

    /**
     * @param closingTime true for the closing-time drain: backoff ignored and each entry tried at most once; false
     *                    for the worker: backoff respected, and an entry given back (e.g. after a token refresh) is
     *                    sent again in the same run
     */
    public PipelinedPush(ReplayCycle cycle, HealthMonitor health, boolean closingTime) {
        this.cycle = cycle;
        this.health = health;
        this.closingTime = closingTime;
    }

    /**
     * One run per instance.
     *
     * @param deadlineNanos {@link System#nanoTime()} after which no new batch is claimed, or {@link #NO_DEADLINE}
     * @param keepGoing     checked before each claim (the worker stops when it is closed)
     * @param progress      called with the number delivered so far after each batch
     */
    public Summary run(long deadlineNanos, BooleanSupplier keepGoing, IntConsumer progress) {
        synchronized (cycle) {
            ReplayCycle.Claimed first = next(List.of(), deadlineNanos, keepGoing);
            if (first == null) return new Summary(0, deadlinePassed, false); // the usual wake-up with nothing due
            ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "shopdesk-push-sender");
                t.setDaemon(true);
                return t;
            });
            try {
                return run(sender, first, deadlineNanos, keepGoing, progress);
            } finally {
                sender.shutdownNow();
            }
        }
    }

    private Summary run(ExecutorService sender, ReplayCycle.Claimed first, long deadlineNanos, BooleanSupplier keepGoing,
                        IntConsumer progress) {
        int sent = 0;
        ReplayCycle.Claimed current = first;
        Future<ReplayCycle.Exchanged> flight = send(sender, current);
        while (current != null) {
            ReplayCycle.Claimed following = next(current.seqs(), deadlineNanos, keepGoing);
            ReplayCycle.Exchanged answer;
            try {
                answer = await(flight);
            } catch (RuntimeException e) {
                if (following != null) releaseEvenIfInterrupted(following);
                throw e; // current stays IN_FLIGHT under its lease: resent later, answered from the stored result
            }
            Future<ReplayCycle.Exchanged> followingFlight = null;
            if (following != null) {
                if (answer.stop() == ReplayCycle.Stop.NONE) {
                    followingFlight = send(sender, following);
                } else {
                    cycle.release(following);
                    following = null;
                }
            }
            ReplayCycle.Result result;
            try {
                result = cycle.record(current, answer);
            } catch (RuntimeException e) {
                recordQuietly(following, followingFlight);
                throw e;
            }
            sent += result.delivered().size();
            progress.accept(sent);
            if (result.stop() != ReplayCycle.Stop.NONE) {
                return new Summary(sent, false, result.stop() == ReplayCycle.Stop.UNREACHABLE);
            }
            if (following == null) { // what was due waited on the batch just recorded (its stream or a dependency)
                following = next(List.of(), deadlineNanos, keepGoing);
                if (following != null) followingFlight = send(sender, following);
            }
            current = following;
            flight = followingFlight;
        }
        return new Summary(sent, deadlinePassed, false);
    }

    /** The next batch to claim, or null when the time is up, sending is paused or stopped, or nothing is due. */
    private ReplayCycle.Claimed next(List<Long> onTheWire, long deadlineNanos, BooleanSupplier keepGoing) {
        if (deadlineNanos != NO_DEADLINE && System.nanoTime() - deadlineNanos >= 0) {
            deadlinePassed = true;
            return null;
        }
        if (!keepGoing.getAsBoolean() || health.paused() != PausedReason.NONE) return null;
        ReplayCycle.Claimed c = cycle.claim(closingTime ? tried : new HashSet<>(onTheWire), closingTime);
        if (c != null && closingTime) tried.addAll(c.seqs());
        return c;
    }

    private Future<ReplayCycle.Exchanged> send(ExecutorService sender, ReplayCycle.Claimed batch) {
        return sender.submit(() -> cycle.exchange(batch));
    }

    private static ReplayCycle.Exchanged await(Future<ReplayCycle.Exchanged> flight) {
        try {
            return flight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a batch was on the wire", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A worker being stopped is interrupted while it waits: give the unsent batch back all the same. */
    private void releaseEvenIfInterrupted(ReplayCycle.Claimed batch) {
        boolean interrupted = Thread.interrupted();
        try {
            cycle.release(batch);
        } catch (RuntimeException ignored) {
            // its entries stay IN_FLIGHT under their lease and are sent after it
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** After a failure: the batch already on the wire still gets its answer recorded if possible. */
    private void recordQuietly(ReplayCycle.Claimed batch, Future<ReplayCycle.Exchanged> flight) {
        if (batch == null || flight == null) return;
        try {
            cycle.record(batch, await(flight));
        } catch (RuntimeException ignored) {
            // its entries stay IN_FLIGHT under their lease and are resent later
        }
    }
}
