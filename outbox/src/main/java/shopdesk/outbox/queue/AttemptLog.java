package shopdesk.outbox.queue;

import static shopdesk.db.Tables.SYNC_ATTEMPT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import shopdesk.dal.db.JdbcInsert;
import shopdesk.dal.db.JdbcStatement;
import shopdesk.db.tables.records.SyncAttemptRecord;

/** Every send of an entry and what came of it (sync_attempt), written inside the caller's transaction. */
final class AttemptLog {
    private static final JdbcInsert<SyncAttemptRecord> ATTEMPT = JdbcStatement.insert(SYNC_ATTEMPT, SYNC_ATTEMPT.SEQ, SYNC_ATTEMPT.AT,
            SYNC_ATTEMPT.OUTCOME, SYNC_ATTEMPT.HTTP_STATUS, SYNC_ATTEMPT.ERROR);

    private AttemptLog() {
    }

    static void log(DSLContext tx, long seq, long at, AttemptOutcome outcome, Integer httpStatus, String error) {
        ATTEMPT.execute(tx, attempt(seq, at, outcome, httpStatus).setError(SyncQueueStore.clip(error)));
    }

    /** The same outcome and status (no error) for several entries, as one JDBC batch. */
    static void log(DSLContext tx, Collection<Long> seqs, long at, AttemptOutcome outcome, Integer httpStatus) {
        List<SyncAttemptRecord> rows = new ArrayList<>(seqs.size());
        for (Long seq : seqs) rows.add(attempt(seq, at, outcome, httpStatus));
        ATTEMPT.executeBatch(tx, rows);
    }

    private static SyncAttemptRecord attempt(long seq, long at, AttemptOutcome outcome, Integer httpStatus) {
        return new SyncAttemptRecord().setSeq(seq).setAt(at).setOutcome(outcome.code()).setHttpStatus(httpStatus);
    }
}
