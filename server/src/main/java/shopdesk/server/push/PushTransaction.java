package shopdesk.server.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.auth.Principal;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * The one transaction body for pushed entries, a whole batch or one entry: both ways share every rule. Several
 * new entries of one action may be prepared before the shop's lock, so tills of a shop wait for less of it.
 */
final class PushTransaction {
    private final Appliers appliers;
    private final Clock clock;
    private final Principal caller;
    private final List<PushEntry> entries;

    PushTransaction(Appliers appliers, Clock clock, Principal caller, List<PushEntry> entries) {
        this.appliers = appliers;
        this.clock = clock;
        this.caller = caller;
        this.entries = entries;
    }

    /** The entries' results in order; throws {@link EntryRefused} or {@link BatchMustSplit} to roll back. */
    List<EntryResult> run(DSLContext tx) {
        ShopWriteLock.acquireForDevice(tx, caller.deviceId()); // keeps a twin of this push out until it commits
        PushBatch batch = new PushBatch();
        Seen seen = null;
        List<EntryContext> preparedCtxs = new ArrayList<>();
        Appliers.Prepared prepared = null;
        if (entries.size() > 1 && appliers.appliesSeveral(entries.get(0).action())) {
            seen = seen(tx);
            String action = seen.commonAction();
            if (action != null && appliers.appliesSeveral(action)) {
                for (PushEntry e : seen.fresh()) preparedCtxs.add(new EntryContext(caller, e, clock.millis(), batch));
                prepared = appliers.prepare(tx, action, preparedCtxs);
            }
        }
        ShopWriteLock.acquire(tx, caller.shopId());
        if (prepared == null) seen = seen(tx); // decided under the lock
        batch.claimBillNumbers(tx, caller.shopId(), seen.newBills());

        Map<String, EntryResult> applied = new HashMap<>();
        List<EntryResult> toStore = new ArrayList<>();
        if (prepared != null) {
            List<EntryResult.Applied> all = prepared.complete(tx);
            for (int i = 0; i < preparedCtxs.size(); i++) {
                EntryResult result = EntryResult.applied(preparedCtxs.get(i).entry().requestId(), all.get(i));
                applied.put(result.requestId(), result);
                toStore.add(result);
            }
        }
        List<EntryResult> results = new ArrayList<>(entries.size());
        String previousAction = null;
        for (PushEntry e : entries) {
            PushResults.Stored before = seen.stored().get(e.requestId());
            if (before != null) {
                if (!before.shopId().equals(caller.shopId())) {
                    throw EntryRefused.rejected(RejectCodes.REQUEST_ID_TAKEN, "Request id " + e.requestId()
                            + " was used by another shop");
                }
                results.add(before.result());
                continue;
            }
            EntryResult again = applied.get(e.requestId());
            if (again != null) { // the same entry twice in one batch: its second copy is a replay
                results.add(again);
                continue;
            }
            // an entry of another action may read the rows pending so far or change what they refer to
            if (!e.action().equals(previousAction)) batch.flushRows(tx);
            previousAction = e.action();
            EntryResult result = EntryResult.applied(e.requestId(),
                    appliers.apply(tx, new EntryContext(caller, e, clock.millis(), batch)));
            applied.put(e.requestId(), result);
            toStore.add(result);
            results.add(result);
        }
        batch.finish(tx);
        PushResults.insert(tx, caller.shopId(), caller.deviceId(), toStore, clock.millis());
        return results;
    }

    private Seen seen(DSLContext tx) {
        return Seen.of(entries, PushResults.find(tx, entries.stream().map(PushEntry::requestId).toList()));
    }

    /** Which request ids were applied before (their stored results), and the first copy of each new one. */
    private record Seen(Map<String, PushResults.Stored> stored, List<PushEntry> fresh) {
        static Seen of(List<PushEntry> entries, Map<String, PushResults.Stored> stored) {
            Set<String> taken = new HashSet<>();
            List<PushEntry> fresh = entries.stream()
                    .filter(e -> !stored.containsKey(e.requestId()) && taken.add(e.requestId())).toList();
            return new Seen(stored, fresh);
        }

        /** New bills take a legal number each. */
        int newBills() {
            return (int) fresh.stream().filter(e -> ChangeAction.CREATE_BILL.name().equals(e.action())).count();
        }

        /** The action of every new entry when there are several and all have the same; else null. */
        String commonAction() {
            if (fresh.size() < 2) return null;
            String action = fresh.get(0).action();
            return fresh.stream().allMatch(e -> action.equals(e.action())) ? action : null;
        }
    }
}
