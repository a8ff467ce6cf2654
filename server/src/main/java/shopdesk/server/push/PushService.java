package shopdesk.server.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.change.ChangeAction;
import shopdesk.dal.change.payload.Payloads;
import shopdesk.dal.db.Database;
import shopdesk.protocol.EntryResult;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.RejectCodes;
import shopdesk.server.auth.Principal;
import shopdesk.server.bill.BillApplier;
import shopdesk.server.feed.ChangeFeed;
import shopdesk.server.sequence.BillNumbers;
import shopdesk.server.sequence.ShopWriteLock;

/**
 * Applies a pushed batch in order. Each entry: take the shop's write lock, return the stored result if the request
 * id was applied before, else apply it and store its APPLIED result in the same transaction as its effect. A replay
 * therefore has no second effect, however many times the response was lost. CONFLICT and REJECTED roll back,
 * change nothing and are not stored: pushing them again re-evaluates them (after a stock receipt, or by a
 * supervisor's login). A batch of several entries is first tried as one transaction (see
 * {@link #applyAsOneTransaction}); if any entry is refused it is applied entry by entry, one transaction each.
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

    /** Thrown inside the batch transaction to roll it back and apply the batch entry by entry instead. */
    private static final class NotAllApplied extends RuntimeException {
        NotAllApplied(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The common case, a batch whose entries all apply (or were applied before), in ONE transaction: the shop's
     * write lock, the batch's legal bill numbers (claimed together), the stored-result lookup, the change-feed rows,
     * the stored results and the bills' own rows (bill, items, payments: {@link BillApplier.Deferred}) each cost one
     * statement per batch instead of one per entry, and the batch commits once. The result is the same as entry by
     * entry, in order: each entry still commits together with its stored result, and the numbers stay gapless
     * because the transaction uses all it claimed or rolls back whole. If any entry is refused (CONFLICT, REJECTED)
     * or anything fails, the transaction rolls back and the batch is applied entry by entry as before (so a refused
     * entry changes nothing and is not stored); returns null then.
     * <p>
     * A batch of new bills only (the usual drain) is checked and its rows written before the shop's lock
     * ({@link BillApplier#prepareAll}), so the lock, which makes a shop's tills wait for each other, covers only what
     * orders the shop's writes: stock, legal numbers (narrow {@code bill_number} rows), feed rows, stored results and
     * the commit. The till's own lock, taken first ({@link ShopWriteLock#acquireForDevice}), keeps a twin of the batch
     * (the same push retried on another instance) out until this one commits.
     */
    private List<EntryResult> applyAsOneTransaction(Principal caller, List<PushEntry> entries) {
        for (PushEntry e : entries) {
            if (e.payloadVersion() > Payloads.VERSION) return null;
        }
        List<String> requestIds = entries.stream().map(PushEntry::requestId).toList();
        try (ChangeFeed.Collected feed = ChangeFeed.collect(); BillApplier.Deferred billRows = BillApplier.deferWrites()) {
            return db.inTransaction(tx -> {
                ShopWriteLock.acquireForDevice(tx, caller.deviceId());
                ClaimedNumbers numbers = new ClaimedNumbers();
                Seen seen = Seen.of(entries, PushResults.find(tx, requestIds));
                BillApplier.NewBills newBills = null;
                List<EntryContext> ctxs = new ArrayList<>();
                if (seen.onlyNewBills()) {
                    for (PushEntry e : seen.firstCopiesOfNewEntries(entries)) {
                        ctxs.add(new EntryContext(caller, e, clock.millis(), numbers));
                    }
                    newBills = BillApplier.prepareAll(tx, ctxs);
                }
                ShopWriteLock.acquire(tx, caller.shopId());
                if (newBills == null) seen = Seen.of(entries, PushResults.find(tx, requestIds)); // decided under the lock
                numbers.claim(tx, caller.shopId(), seen.newBills());
                Map<String, EntryResult> applied = new HashMap<>();
                List<EntryResult> toStore = new ArrayList<>();
                if (newBills != null) {
                    List<EntryResult.Applied> all = newBills.complete(tx);
                    for (int i = 0; i < ctxs.size(); i++) {
                        EntryResult result = EntryResult.applied(ctxs.get(i).entry().requestId(), all.get(i));
                        applied.put(result.requestId(), result);
                        toStore.add(result);
                    }
                }
                List<EntryResult> results = new ArrayList<>(entries.size());
                for (PushEntry e : entries) {
                    PushResults.Stored before = seen.stored().get(e.requestId());
                    if (before != null) {
                        if (!before.shopId().equals(caller.shopId())) throw new NotAllApplied("request id of another shop");
                        results.add(before.result());
                        continue;
                    }
                    EntryResult again = applied.get(e.requestId());
                    if (again != null) { // the same entry twice in one batch: its second copy is a replay
                        results.add(again);
                        continue;
                    }
                    // anything but a new bill may read the batch's bills or change a product: write them first
                    if (!ChangeAction.CREATE_BILL.name().equals(e.action())) billRows.flush(tx);
                    long now = clock.millis();
                    EntryResult result = EntryResult.applied(e.requestId(),
                            appliers.apply(tx, new EntryContext(caller, e, now, numbers)));
                    applied.put(e.requestId(), result);
                    toStore.add(result);
                    results.add(result);
                }
                if (!numbers.allUsed()) throw new NotAllApplied("not every claimed bill number was used");
                billRows.flush(tx);
                feed.flush(tx);
                PushResults.insert(tx, caller.shopId(), caller.deviceId(), toStore, clock.millis());
                return results;
            });
        } catch (NotAllApplied | EntryRefused | BillApplier.BatchMustSplit e) {
            return null;
        } catch (RuntimeException e) {
            LOG.info("Applying a batch of {} entries in one transaction failed ({}); applying them one by one", entries.size(),
                    e.toString());
            return null;
        }
    }

    /** Which request ids of a batch were applied before (their stored results), and how many new bills it has. */
    private record Seen(Map<String, PushResults.Stored> stored, Set<String> fresh, int newBills) {
        static Seen of(List<PushEntry> entries, Map<String, PushResults.Stored> stored) {
            Set<String> fresh = new HashSet<>();
            int bills = 0;
            for (PushEntry e : entries) {
                if (!stored.containsKey(e.requestId()) && fresh.add(e.requestId())
                        && ChangeAction.CREATE_BILL.name().equals(e.action())) bills++;
            }
            return new Seen(stored, fresh, bills);
        }

        /** Every new entry is a new bill, and there are several. */
        boolean onlyNewBills() {
            return newBills > 1 && newBills == fresh.size();
        }

        List<PushEntry> firstCopiesOfNewEntries(List<PushEntry> entries) {
            Set<String> taken = new HashSet<>();
            return entries.stream().filter(e -> fresh.contains(e.requestId()) && taken.add(e.requestId())).toList();
        }
    }

    /** The batch's legal bill numbers, claimed together under the shop's lock and handed out in order. */
    private static final class ClaimedNumbers implements EntryContext.BillNumberSource {
        private long next;
        private long last;

        void claim(org.jooq.DSLContext tx, String shopId, int count) {
            if (count == 0) return;
            last = BillNumbers.claim(tx, shopId, count);
            next = last - count + 1;
        }

        @Override
        public long next() {
            if (next == 0 || next > last) throw new NotAllApplied("more bill numbers used than claimed");
            return next++;
        }

        boolean allUsed() {
            return next == last + 1 || last == 0;
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
            ShopWriteLock.acquireForDevice(tx, caller.deviceId());
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
