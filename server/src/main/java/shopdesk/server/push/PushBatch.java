package shopdesk.server.push;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.PushEntry;
import shopdesk.server.auth.Principal;
import shopdesk.server.feed.FeedRows;
import shopdesk.server.sequence.LegalNumbers;

/**
 * What one push transaction keeps until it commits: its feed rows, the rows its appliers write a table at a time,
 * and the legal bill numbers it claimed. Whoever opens the transaction creates it, every {@link EntryContext}
 * carries it, and {@link #finish} writes it before the commit.
 */
public final class PushBatch {
    /** Rows an applier collects to write with one statement per table. */
    public interface PendingRows {
        void flush(DSLContext tx);
    }

    private final FeedRows feed = new FeedRows();
    private final Map<Class<?>, PendingRows> pending = new LinkedHashMap<>();
    private LegalNumbers.Claimed numbers = LegalNumbers.Claimed.NONE;

    public FeedRows feed() {
        return feed;
    }

    /** This batch's pending rows of one kind, created on first use. */
    public <T extends PendingRows> T pending(Class<T> type, Supplier<T> create) {
        return type.cast(pending.computeIfAbsent(type, t -> create.get()));
    }

    /** The next of the legal bill numbers claimed for this batch's new bills. */
    public long nextBillNumber() {
        return numbers.next();
    }

    /** Claims the legal numbers of the batch's new bills at once; under the shop's write lock. */
    void claimBillNumbers(DSLContext tx, String shopId, int count) {
        if (numbers != LegalNumbers.Claimed.NONE) throw new IllegalStateException("bill numbers claimed twice");
        numbers = LegalNumbers.claim(tx, shopId, count);
    }

    /** Writes the pending rows now: before an entry that may read them, and before the feed. */
    public void flushRows(DSLContext tx) {
        for (PendingRows p : pending.values()) p.flush(tx);
    }

    /** Writes everything collected; the caller commits next. A claimed number left unused would leave a gap. */
    void finish(DSLContext tx) {
        if (!numbers.allUsed()) throw new BatchMustSplit("not every claimed bill number was used");
        flushRows(tx);
        feed.flush(tx);
    }

    /** Runs an applier as a batch of one outside a push (head office, demo); the caller holds the shop's lock. */
    public static Applied applyAlone(DSLContext tx, Principal caller, PushEntry entry, long now, Appliers.Applier applier) {
        PushBatch batch = new PushBatch();
        Applied applied = applier.apply(tx, new EntryContext(caller, entry, now, batch));
        batch.finish(tx);
        return applied;
    }
}
