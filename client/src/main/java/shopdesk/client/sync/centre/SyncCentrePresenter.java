package shopdesk.client.sync.centre;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import shopdesk.client.i18n.Messages;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.ResolutionRecord;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.client.sync.conflict.ProductRepairPresenter;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;

/**
 * The sync centre's logic: the queue by state with filters, one entry's detail, and the supervisor's actions
 * (retry, bulk retry, discard with a reason). Cashiers see everything and change nothing.
 */
public final class SyncCentrePresenter {
    public static final int LIMIT = 500;
    private final SyncPort sync;
    private final SessionHolder sessions;
    private Set<EntryState> filter = EnumSet.of(EntryState.PENDING, EntryState.IN_FLIGHT, EntryState.RETRY_WAIT,
            EntryState.CONFLICT, EntryState.FAILED);
    private List<QueueEntry> entries = List.of();
    private String message = "";

    public SyncCentrePresenter(SyncPort sync, SessionHolder sessions) {
        this.sync = sync;
        this.sessions = sessions;
    }

    /** Only supervisors act on the queue. */
    public boolean canAct() {
        return sessions.current().map(s -> RoleMatrix.allows(s.role(), Resolution.RETRY_FAILED)).orElse(false);
    }

    public void setFilter(Set<EntryState> states) {
        filter = states.isEmpty() ? EnumSet.noneOf(EntryState.class) : EnumSet.copyOf(states);
        refresh();
    }

    public Set<EntryState> filter() {
        return filter;
    }

    public List<QueueEntry> refresh() {
        entries = sync.entries(filter, LIMIT);
        return entries;
    }

    public List<QueueEntry> entries() {
        return entries;
    }

    public Optional<EntryDetail> detail(long seq) {
        return sync.entry(seq);
    }

    /**
     * What a discard of these entries does to the entries waiting for them (a refused product's bills and stock
     * moves), one line each; empty when nothing waits.
     */
    public List<String> discardImpact(List<Long> seqs) {
        List<String> out = new java.util.ArrayList<>();
        for (long seq : seqs) out.addAll(ProductRepairPresenter.discardLines(sync.waitingFor(seq)));
        return out;
    }

    /** False when a paid bill waits for one of these entries: it must reach the server, so no discard is offered. */
    public boolean discardAllowed(List<Long> seqs) {
        return seqs.stream().allMatch(seq -> sync.waitingFor(seq).stream().noneMatch(WaitingEntry::bill));
    }

    public List<ResolutionRecord> auditTrail() {
        return sync.resolutions(200);
    }

    public boolean retry(List<Long> seqs, String reason) {
        if (!check(seqs, reason, true)) return false;
        try {
            for (long seq : seqs) sync.retry(sessions.require().actor(), seq, reason.trim());
            sync.syncNow();
            message = seqs.size() == 1 ? Messages.get("sync.willResend", seqs.get(0)) : Messages.get("sync.willResendMany", seqs.size());
            refresh();
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure(Messages.get("sync.retryFailed"), e);
            return false;
        }
    }

    /** Discarding loses the change on the server side, so it always needs a reason. */
    public boolean discard(List<Long> seqs, String reason) {
        if (!check(seqs, reason, true)) return false;
        try {
            for (long seq : seqs) sync.discard(sessions.require().actor(), seq, reason.trim());
            message = Messages.get("sync.discarded", seqs.size(), reason.trim());
            refresh();
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure(Messages.get("sync.nothingDiscarded"), e);
            return false;
        }
    }

    /** A return the server refused as more than was left on its bill (another till returned it first). */
    public static boolean isReturnConflict(EntryDetail d) {
        return "CREATE_RETURN".equals(d.entry().action()) && d.conflict() != null
                && d.conflict().kind() == shopdesk.client.sync.ConflictInfo.Kind.RETURN;
    }

    /** What "reduce to what is left" does, one line per short item, for the question before it. */
    public static String reduceReturnImpact(EntryDetail d) {
        StringBuilder b = new StringBuilder("The return is cut to what is still on the bill and sent again.");
        for (var s : d.conflict().shortfalls()) {
            b.append("\n  ").append(s.sku() == null ? s.productId() : s.sku()).append(": ").append(s.requested())
                    .append(" -> ").append(Math.max(0, s.available()));
        }
        return b.append("\nThe customer was refunded for more: recover the difference or write it off.").toString();
    }

    /** Reduces a return conflict to what is left on its bill; the difference in refund is the shop's to settle. */
    public boolean reduceReturn(long seq, String reason) {
        if (!check(List.of(seq), reason, true)) return false;
        try {
            sync.reduceReturn(sessions.require().actor(), seq, reason.trim());
            sync.syncNow();
            message = Messages.get("sync.returnReduced", seq);
            refresh();
            return true;
        } catch (RuntimeException e) {
            message = PlainMessages.forFailure(Messages.get("sync.returnNotReduced"), e);
            return false;
        }
    }

    private boolean check(List<Long> seqs, String reason, boolean reasonRequired) {
        if (!canAct()) {
            message = Messages.get("sync.onlySupervisor");
            return false;
        }
        if (seqs.isEmpty()) {
            message = Messages.get("sync.selectFirst");
            return false;
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            message = Messages.get("sync.sayWhy");
            return false;
        }
        return true;
    }

    public String message() {
        return message;
    }
}
