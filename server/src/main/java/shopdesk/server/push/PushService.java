package shopdesk.server.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.change.payload.Payloads;
import shopdesk.dal.db.Database;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.auth.Principal;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * Applies a pushed batch entry by entry, each in its own transaction: take the shop's write lock, return the
 * stored result if the request id was applied before, else apply it and store its APPLIED result in that same
 * transaction. A replay therefore has no second effect, however many times the response was lost.
 * CONFLICT and REJECTED roll back, change nothing and are not stored: pushing them again re-evaluates them
 * (after a stock receipt, or by a supervisor's login).
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
        List<EntryResult> results = new ArrayList<>(entries.size());
        for (PushEntry e : entries) results.add(apply(caller, e));
        return new PushResponse(results, clock.millis());
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
                    LOG.info("Retrying entry {} after {} (sqlState {})", entry.requestId(), e.getClass().getSimpleName(), e.sqlState());
                    continue;
                }
                // a rule broken on every attempt is the entry's fault, not a passing fault: answering 500 would make
                // the till resend the whole batch forever, so this entry alone is refused and the batch goes on
                if (e.sqlState() != null && (e.sqlState().startsWith("23") || e.sqlState().startsWith("22"))) {
                    LOG.warn("Entry {} ({}) breaks a database constraint: {}", entry.requestId(), entry.action(), e.getMessage());
                    return EntryResult.rejected(entry.requestId(), RejectCodes.CONSTRAINT_VIOLATION,
                            "The server's database refused this " + entry.action() + ": " + firstLine(e.getMessage()));
                }
                throw e;
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private EntryResult applyOnce(Principal caller, PushEntry entry) {
        return db.inTransaction(tx -> {
            ShopWriteLock.acquire(tx, caller.shopId());
            PushResults.Stored stored = PushResults.find(tx, entry.requestId());
            if (stored != null) {
                if (!stored.shopId().equals(caller.shopId())) {
                    return EntryResult.rejected(entry.requestId(), RejectCodes.REQUEST_ID_TAKEN,
                            "Request id " + entry.requestId() + " was used by another shop");
                }
                return stored.result();
            }
            long now = clock.millis();
            EntryResult result = EntryResult.applied(entry.requestId(), appliers.apply(tx, new EntryContext(caller, entry, now)));
            PushResults.insert(tx, caller.shopId(), caller.deviceId(), result, now);
            return result;
        });
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
