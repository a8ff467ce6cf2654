package shopdesk.outbox;

import shopdesk.outbox.health.PausedReason;

/**
 * How a closing-time drain went.
 *
 * @param total       undelivered entries when the drain began
 * @param sent        entries delivered (DONE) during the drain
 * @param remaining   entries still undelivered afterwards (they stay queued and go next time)
 * @param needAttention CONFLICT and FAILED entries (parked for a person)
 * @param timedOut    the timeout ran out before the queue was empty
 * @param unreachable the cloud could not be reached
 * @param paused      why sending was paused, if it was
 */
public record DrainResult(int total, int sent, int remaining, int needAttention, boolean timedOut, boolean unreachable,
                          PausedReason paused) {

    public boolean complete() {
        return remaining == 0;
    }
}
