package shopdesk.client.cloud;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shopdesk.client.sync.ConflictInfo;
import shopdesk.client.sync.DrainListener;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.ResolutionRecord;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.SyncStatus;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.db.Database;
import shopdesk.outbox.Outbox;
import shopdesk.outbox.health.SyncHealth;
import shopdesk.outbox.queue.DeliveryState;
import shopdesk.outbox.view.EntryQuery;
import shopdesk.outbox.view.EntrySummary;
import shopdesk.protocol.Conflict;

/** The till's SyncPort over the outbox facade: health, manual sync, drain, queue view and resolutions. */
public final class OutboxSync implements SyncPort {
    private final Outbox outbox;
    private final LocalMerge merge;
    private final EntityNames names;

    public OutboxSync(Outbox outbox, LocalMerge merge, Database db) {
        this.outbox = outbox;
        this.merge = merge;
        this.names = db == null ? null : new EntityNames(db);
    }

    @Override
    public SyncStatus status() {
        return status(outbox.health());
    }

    static SyncStatus status(SyncHealth h) {
        Map<EntryState, Long> counts = new EnumMap<>(EntryState.class);
        h.counts().forEach((s, n) -> counts.put(SyncStates.toClient(s), n));
        Long last = latest(h.lastPushAt(), h.lastPullAt());
        return new SyncStatus(true, h.online(), SyncStates.toClient(h.paused()), counts, h.oldestPendingAgeMs(),
                last, h.syncing(), h.progressSent(), h.progressTotal(), h.clockSkewMs());
    }

    private static Long latest(Long a, Long b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }

    @Override
    public void addListener(Runnable listener) {
        outbox.addListener(h -> listener.run());
    }

    @Override
    public void syncNow() {
        outbox.syncNow();
    }

    @Override
    public void setWorkOffline(boolean offline) {
        outbox.setWorkOffline(offline);
    }

    @Override
    public boolean drain(Duration timeout, DrainListener listener) {
        return outbox.drain(timeout, listener::progress).complete();
    }

    @Override
    public List<QueueEntry> entries(Set<EntryState> states, int limit) {
        Set<DeliveryState> ds = states.isEmpty() ? Set.of() : EnumSet.noneOf(DeliveryState.class);
        states.forEach(s -> ds.add(SyncStates.toOutbox(s)));
        return outbox.view().entries(new EntryQuery(ds, null, null), PageRequest.first(Math.min(limit, 1000))).items()
                .stream().map(this::entry).toList();
    }

    @Override
    public Optional<EntryDetail> entry(long seq) {
        return outbox.view().entry(seq).map(d -> new EntryDetail(entry(d.summary()), d.payload(), d.baseVersion(),
                d.attempts().stream().map(a -> new EntryDetail.Attempt(a.at(), a.outcome().code(), a.httpStatus(), a.error())).toList(),
                d.summary().state().isParked() ? conflict(d.conflict()) : null, d.localState(),
                d.blockedBy().stream().map(this::heldBy).toList(), d.baseState()));
    }

    /** "Entry 12, Green tea (GRN): failed: Another product of this shop already has SKU GRN". */
    private String heldBy(long seq) {
        return outbox.view().entry(seq).map(b -> "Entry " + seq + ", " + entry(b.summary()).entityName() + ": "
                + SyncStates.toClient(b.summary().state()).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (b.summary().lastError() == null ? "" : ": " + shopdesk.client.sync.NoteErrorWords.plain(b.summary().lastError())))
                .orElse("Entry " + seq);
    }

    @Override
    public List<ResolutionRecord> resolutions(int limit) {
        return outbox.view().resolutions(PageRequest.first(Math.min(limit, 1000))).items().stream()
                .map(r -> new ResolutionRecord(r.seq(), r.at(), r.userId(), r.action(), r.reason(),
                        names == null ? r.userId() : names.user(r.userId()))).toList();
    }

    @Override
    public void retry(Actor actor, long seq, String reason) {
        outbox.resolutions().retryNow(actor, seq, reason);
    }

    @Override
    public void discard(Actor actor, long seq, String reason) {
        outbox.resolutions().discard(actor, seq, reason);
    }

    /** A merge first writes the merged fields locally (a new entry on the stream), then force-pushes the stream. */
    @Override
    public void keepMine(Actor actor, long seq, JsonObject merged, String reason) {
        if (merged != null) {
            var e = outbox.view().entry(seq).orElseThrow().summary();
            merge.apply(actor, e.entityType(), e.entityId(), merged);
        }
        outbox.resolutions().forcePush(actor, seq, reason);
    }

    @Override
    public void takeTheirs(Actor actor, long seq, String reason) {
        outbox.resolutions().takeTheirs(actor, seq, reason);
    }

    @Override
    public void voidBillAndRestore(Actor actor, long seq, String reason) {
        outbox.resolutions().voidBillAndRestore(actor, seq, reason);
    }

    @Override
    public void reduceQuantities(Actor actor, long seq, Map<String, Long> quantities, String reason) {
        outbox.resolutions().reduceQuantities(actor, seq, quantities, reason);
    }

    @Override
    public void overrideStock(Actor actor, long seq, String reason) {
        outbox.resolutions().overrideStock(actor, seq, reason);
    }

    @Override
    public void relinkBill(Actor actor, long seq, String reason) {
        outbox.productRepair().relinkBill(actor, seq, reason);
    }

    @Override
    public void reduceReturn(Actor actor, long seq, String reason) {
        outbox.returnResolutions().reduceToWhatIsLeft(actor, seq, reason);
    }

    @Override
    public List<WaitingEntry> waitingFor(long seq) {
        var e = outbox.view().entry(seq);
        if (e.isEmpty() || !"CREATE_PRODUCT".equals(e.get().summary().action())) return List.of();
        return outbox.productRepair().dependants(seq).stream()
                .map(d -> new WaitingEntry(d.seq(), d.isBill(), d.label(), d.total(), d.delta())).toList();
    }

    @Override
    public void linkProduct(Actor actor, long seq, String reason) {
        outbox.productRepair().linkToServerProduct(actor, seq, reason);
    }

    @Override
    public void renameProduct(Actor actor, long seq, String sku, String barcode, String reason) {
        outbox.productRepair().renameAndResend(actor, seq, sku, barcode, reason);
    }

    private QueueEntry entry(EntrySummary s) {
        return new QueueEntry(s.seq(), s.streamKey(), s.entityType(), s.entityId(), s.action(),
                SyncStates.toClient(s.state()), s.attempts(), s.createdAt(), s.lastError(),
                names == null ? null : names.entity(s.entityType(), s.entityId()));
    }

    /** A parked entry with no conflict attached (a FAILED one) shows as null: only retry/discard fit it. */
    private static ConflictInfo conflict(Conflict c) {
        if (c == null) return null;
        return new ConflictInfo(ConflictInfo.Kind.valueOf(c.kind().name()), c.message(), c.serverVersion(), c.serverState(),
                c.shortfalls() == null ? List.of() : c.shortfalls().stream()
                        .map(s -> new ConflictInfo.Shortfall(s.productId(), s.sku(), s.requested(), s.available())).toList());
    }
}
