package shopdesk.server.authz;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.db.Database;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.auth.Principal;

/**
 * Stands in front of the push service: binds each request id to its body ({@link RequestBodies}), lets through
 * only what the login may do ({@link EntryAuthorizer}), and keeps one bad entry from failing the batch: an
 * unexpected failure is retried entry by entry, and the entry that still fails is REJECTED INTERNAL (logged with
 * its request id) while the others apply. Only a database that no longer answers fails the whole push (500,
 * retried by the till).
 */
public final class GuardedPush implements BatchPush {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedPush.class);
    private final Database db;
    private final Clock clock;
    private final BatchPush delegate;
    private final RequestBodies bodies;

    public GuardedPush(Database db, Clock clock, BatchPush delegate) {
        this.db = db;
        this.clock = clock;
        this.delegate = delegate;
        this.bodies = new RequestBodies(db);
    }

    @Override
    public PushResponse push(Principal caller, List<PushEntry> entries) {
        long now = clock.millis();
        EntryResult[] results = new EntryResult[entries.size()];
        Map<Integer, EntryResult> reused = bodies.bind(caller.shopId(), entries, now);
        reused.forEach((i, r) -> results[i] = r);
        EntryAuthorizer authorizer = new EntryAuthorizer(db.dsl(), caller, now);
        // consecutive admitted entries acting as the same principal are applied together, in order
        List<Integer> run = new ArrayList<>();
        Principal runAs = null;
        for (int i = 0; i < entries.size(); i++) {
            if (results[i] != null) continue;
            Decision d = authorizer.decide(caller, entries.get(i));
            if (!d.admitted()) {
                LOG.warn("Entry {} ({}) refused for {}: {}", printable(entries.get(i).requestId()), entries.get(i).action(),
                        caller, printable(d.refusal().rejected().message()));
                results[i] = d.refusal();
                continue;
            }
            if (runAs != null && !runAs.equals(d.actingAs())) {
                apply(runAs, entries, run, results);
                run.clear();
            }
            runAs = d.actingAs();
            run.add(i);
        }
        if (!run.isEmpty()) apply(runAs, entries, run, results);
        return new PushResponse(Arrays.asList(results), clock.millis());
    }

    private void apply(Principal as, List<PushEntry> entries, List<Integer> positions, EntryResult[] results) {
        List<PushEntry> batch = positions.stream().map(entries::get).toList();
        List<EntryResult> applied;
        try {
            applied = delegate.push(as, batch).results();
        } catch (RuntimeException e) {
            if (databaseTrouble(e)) throw e;
            applied = new ArrayList<>(batch.size());
            for (PushEntry one : batch) applied.add(applyAlone(as, one, batch.size() == 1 ? e : null));
        }
        for (int k = 0; k < positions.size(); k++) results[positions.get(k)] = applied.get(k);
    }

    /** One entry in its own push; {@code failed} is its failure already seen (a batch of one is not tried twice). */
    private EntryResult applyAlone(Principal as, PushEntry entry, RuntimeException failed) {
        RuntimeException failure = failed;
        if (failure == null) {
            try {
                return delegate.push(as, List.of(entry)).results().get(0);
            } catch (RuntimeException e) {
                if (databaseTrouble(e)) throw e;
                failure = e;
            }
        }
        LOG.error("Entry {} ({}) failed unexpectedly; refused INTERNAL, the rest of the batch goes on",
                printable(entry.requestId()), printable(entry.action()), failure);
        return EntryResult.rejected(entry.requestId(), RejectCodes.INTERNAL,
                "The server failed to apply this entry (reference " + entry.requestId() + "); a supervisor should report it");
    }

    /**
     * A failure of the database rather than of the entry: the push answers 500 and the till sends it again. The
     * exception decides, not a probe afterwards: a PostgreSQL restarted under the server is back by then, and the
     * entry would be refused for good.
     */
    private boolean databaseTrouble(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            String state = t instanceof java.sql.SQLException s ? s.getSQLState() : null;
            // 08 connection, 40 rollback (deadlock, serialization), 53 resources, 57 operator (shutdown, cancel)
            if (state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                    || state.startsWith("57"))) {
                return true;
            }
        }
        return !db.isReachable();
    }

    /** Text from a request as it may go into a log line: control characters (CR, LF) never raw. */
    static String printable(String s) {
        return s == null ? null : s.replaceAll("\\p{Cntrl}", "?");
    }
}
