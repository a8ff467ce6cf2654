package shopdesk.outbox.delivery;

import static shopdesk.db.Tables.SYNC_ATTEMPT;
import static shopdesk.db.Tables.SYNC_RESOLUTION;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import shopdesk.outbox.queue.AttemptOutcome;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.RejectCodes;

/**
 * A bill paid with a store-credit note that another till wrote offline and has not sent yet: the server refuses it
 * with {@link RejectCodes#STORE_CREDIT_NOT_YET_KNOWN} until that till syncs. Nothing is wrong with the bill, so it
 * waits (RETRY_WAIT, its failures not counted, its bill still PENDING) and is sent again with a growing pause; only
 * when it has waited {@link #LIMIT_MS} by this till's clock since its first such answer (or since a supervisor last
 * acted on it), and had the answers the schedule gives in that time, does it become FAILED for a supervisor. A waiting bill holds back only its own stream (the bill's
 * later void, a return of it): every other entry keeps flowing.
 */
final class NoteWait {
    /** How long a bill waits for the note's till before a supervisor is asked. */
    static final long LIMIT_MS = Duration.ofHours(24).toMillis();
    private static final long FIRST_PAUSE_MS = 30_000;
    private static final long LONGEST_PAUSE_MS = Duration.ofMinutes(10).toMillis();
    /**
     * The waiting answers the pause schedule gives in {@link #LIMIT_MS}. The wait ends only with this many as well:
     * a till clock set a day forward cannot hand the bill to a supervisor after a try or two (the pauses between
     * answers are real time whatever the clock says).
     */
    static final int ANSWERS_IN_LIMIT = answersWithin(LIMIT_MS);

    /** How long it has waited: the time of its first waiting answer and how many there were. */
    record Waited(long since, int times) {
    }

    private NoteWait() {
    }

    static boolean waits(EntryResult.Rejected r) {
        return r != null && RejectCodes.STORE_CREDIT_NOT_YET_KNOWN.equals(r.code());
    }

    /** Its waiting answers since a person last acted on the entry (the one just logged included). */
    static Waited waited(DSLContext tx, long seq) {
        Long acted = tx.select(DSL.max(SYNC_RESOLUTION.AT)).from(SYNC_RESOLUTION).where(SYNC_RESOLUTION.SEQ.eq(seq))
                .fetchOne(0, Long.class);
        var r = tx.select(DSL.min(SYNC_ATTEMPT.AT), DSL.count()).from(SYNC_ATTEMPT).where(SYNC_ATTEMPT.SEQ.eq(seq))
                .and(SYNC_ATTEMPT.OUTCOME.eq(AttemptOutcome.WAITING_FOR_NOTE.code()))
                .and(SYNC_ATTEMPT.AT.ge(acted == null ? Long.MIN_VALUE : acted)).fetchOne();
        return new Waited(r.value1() == null ? Long.MAX_VALUE : r.value1(), Math.max(1, r.value2()));
    }

    /** Whether the entry has waited long enough to go to a supervisor: a day by this till's clock and by its tries. */
    static boolean waitedLongEnough(Waited waited, long now) {
        return now - waited.since() >= LIMIT_MS && waited.times() >= ANSWERS_IN_LIMIT;
    }

    static int answersWithin(long ms) {
        int answers = 1;
        for (long waitedMs = 0; waitedMs < ms; answers++) waitedMs += floorMs(answers);
        return answers;
    }

    /** The least pause before the next try: 30 s, doubling to 10 min (about 150 tries a day at most). */
    static long floorMs(int times) {
        long pause = FIRST_PAUSE_MS;
        for (int i = 1; i < times && pause < LONGEST_PAUSE_MS; i++) pause *= 2;
        return Math.min(pause, LONGEST_PAUSE_MS);
    }

    /** The FAILED entry's error: the server's last answer, after how long the till waited for the note. */
    static String gaveUp(String lastAnswer) {
        return "Waited " + Duration.ofMillis(LIMIT_MS).toHours() + " h for the till that wrote the note to send it; last: "
                + lastAnswer;
    }
}
