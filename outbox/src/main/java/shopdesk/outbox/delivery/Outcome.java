package shopdesk.outbox.delivery;

import shopdesk.outbox.queue.AttemptOutcome;

import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.queue.QueuedEntry;
import shopdesk.protocol.EntryResult;

/** What one sent (or claimed) entry's answer means for its delivery state; {@link ResultRecorder} writes it. */
sealed interface Outcome permits Outcome.Done, Outcome.Parked, Outcome.Retry, Outcome.Release, Outcome.Wait {
    QueuedEntry entry();

    /** The HTTP status of the answer it came from (null: no answer). */
    Integer status();

    /** The server applied it: DONE, with the server's data written onto the till's rows. */
    record Done(QueuedEntry entry, EntryResult.Applied applied, Integer status) implements Outcome {
    }

    /** CONFLICT (with the server's state) or FAILED (with a message): a person decides. */
    record Parked(QueuedEntry entry, DeliveryState state, AttemptOutcome label, String error, Integer status,
                  String serverState) implements Outcome {
    }

    /** A retryable failure: counted, and due again after the backoff (at least {@code retryAfterMs}). */
    record Retry(QueuedEntry entry, AttemptOutcome label, String error, Integer status, long retryAfterMs) implements Outcome {
    }

    /**
     * Not applicable yet, but it will be by itself (a bill paying with a note another till has not sent): due again
     * later without counting a failure, FAILED only when it has waited {@link NoteWait#LIMIT_MS}.
     */
    record Wait(QueuedEntry entry, String error, Integer status) implements Outcome {
    }

    /** Given back as it was (never sent, or to be sent again at once); {@code label} null logs no attempt. */
    record Release(QueuedEntry entry, AttemptOutcome label, Integer status) implements Outcome {
    }
}
