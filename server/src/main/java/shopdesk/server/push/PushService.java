package shopdesk.server.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.auth.Principal;

/**
 * Applies a pushed batch in order, storing each APPLIED result with its effect so a replay has none; CONFLICT and
 * REJECTED change nothing and are not stored. A batch is first tried as one transaction, then entry by entry.
 */
public final class PushService {
    private static final Logger LOG = LoggerFactory.getLogger(PushService.class);
    private static final int ATTEMPTS = 4;

    private final Database db;
    private final Appliers appliers;
    private final Clock clock;

    public PushService(Database db, Appliers appliers, Clock clock) {
        this.db = db;
        this.appliers = appliers;
        this.clock = clock;
    }

    public PushResponse push(Principal caller, List<PushEntry> entries) {
        List<EntryResult> results = entries.size() > 1 ? applyAsOneTransaction(caller, entries) : null;
        if (results == null) {
            results = new ArrayList<>(entries.size());
            for (PushEntry e : entries) results.add(apply(caller, e));
        }
        return new PushResponse(results, clock.millis());
    }

    /**
     * The common case, a batch whose entries all apply (or were applied before), in ONE transaction: locks, lookups,
     * legal numbers, rows, feed and stored results then cost a few statements per batch instead of per entry (see
     * docs/BENCHMARKS.md). The result is the same as entry by entry, in order; if any entry is refused or anything
     * fails, the transaction rolls back whole and this returns null, for the batch to be applied entry by entry.
     */
    private List<EntryResult> applyAsOneTransaction(Principal caller, List<PushEntry> entries) {
        for (PushEntry e : entries) {
            if (e.payloadVersion() > Payloads.VERSION) return null;
        }
        try {
            return db.inTransaction(tx -> new PushTransaction(appliers, clock, caller, entries).run(tx));
        } catch (EntryRefused | BatchMustSplit e) {
            return null;
        } catch (RuntimeException e) {
            LOG.info("Applying a batch of {} entries in one transaction failed ({}); applying them one by one", entries.size(),
                    e.toString());
            return null;
        }
    }

    EntryResult apply(Principal caller, PushEntry entry) {
        if (entry.payloadVersion() > Payloads.VERSION) {
            return EntryResult.rejected(entry.requestId(), RejectCodes.UNSUPPORTED_PAYLOAD_VERSION, "Payload version "
                    + entry.payloadVersion() + " is newer than this server understands (" + Payloads.VERSION + ")");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return applyOnce(caller, entry);
            } catch (EntryRefused r) {
                if (r.afterRollback() != null) db.runInTransaction(tx -> {
                    r.afterRollback().run(tx);
                });
                return r.conflict() != null ? EntryResult.conflict(entry.requestId(), r.conflict())
                        : EntryResult.rejected(entry.requestId(), r.code(), r.getMessage());
            } catch (DataAccessException e) {
                // a lost race (same request id on two instances, a first counter insert) or a deadlock victim:
                // the transaction rolled back whole, so trying again is safe and finds the winner's stored result
                if (attempt < ATTEMPTS && retryable(e)) {
                    LOG.info("Retrying entry {} after {} (sqlState {})", Text.forLog(entry.requestId()),
                            e.getClass().getSimpleName(), e.sqlState());
                    continue;
                }
                // a rule broken on every attempt is the entry's fault, not a passing fault: answering 500 would make
                // the till resend the whole batch forever, so this entry alone is refused and the batch goes on
                if (e.sqlState() != null && (e.sqlState().startsWith("23") || e.sqlState().startsWith("22"))) {
                    LOG.warn("Entry {} ({}) breaks a database constraint: {}", Text.forLog(entry.requestId()),
                            Text.forLog(entry.action()), Text.forLog(e.getMessage()));
                    // the database's own text names tables and SQL: it stays in the log
                    return EntryResult.rejected(entry.requestId(), RejectCodes.CONSTRAINT_VIOLATION,
                            "The server's database refused this " + entry.action() + (e.sqlState().startsWith("23")
                                    ? ": it would break a uniqueness or reference rule"
                                    : ": a value does not fit the database"));
                }
                throw e;
            }
        }
    }

    private EntryResult applyOnce(Principal caller, PushEntry entry) {
        return db.inTransaction(tx -> new PushTransaction(appliers, clock, caller, List.of(entry)).run(tx)).get(0);
    }

    private static boolean retryable(DataAccessException e) {
        String state = e.sqlState();
        if (state == null) return false;
        return state.startsWith("23")          // integrity: a concurrent twin committed first
                || state.equals("40001")       // serialization failure / H2 deadlock
                || state.equals("40P01")       // PostgreSQL deadlock
                || state.equals("HYT00");      // H2 lock timeout
    }
}
