package shopdesk.client.fake;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import shopdesk.client.sync.DrainListener;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.EntryState;
import shopdesk.client.sync.PauseReason;
import shopdesk.client.sync.QueueEntry;
import shopdesk.client.sync.ResolutionRecord;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.SyncStatus;
import shopdesk.client.sync.WaitingEntry;
import shopdesk.dal.common.Actor;

/** A queue in memory; every call is logged in {@link #calls} so tests can assert what was asked. */
public final class FakeSync implements SyncPort {
    public final List<EntryDetail> details = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    public final List<ResolutionRecord> resolutions = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    public boolean online = true;
    public boolean workOffline;
    public Long lastSyncAt;
    public long now = 1_764_115_200_000L;

    public EntryDetail add(long seq, String type, String action, EntryState state, String payload, String error,
                           shopdesk.client.sync.ConflictInfo conflict) {
        EntryDetail d = new EntryDetail(new QueueEntry(seq, type + ":e" + seq, type, "e" + seq, action, state, 1, now, error,
                shopdesk.client.sync.EntryWords.name(type, "e" + seq, payload)),
                payload, 1L, List.of(new EntryDetail.Attempt(now, state.name(), 409, error)), conflict);
        details.add(d);
        return d;
    }

    public void setState(long seq, EntryState s) {
        for (int i = 0; i < details.size(); i++) {
            EntryDetail d = details.get(i);
            if (d.entry().seq() == seq) {
                QueueEntry e = d.entry();
                details.set(i, new EntryDetail(new QueueEntry(e.seq(), e.streamKey(), e.entityType(), e.entityId(), e.action(), s,
                        e.attempts(), e.createdAt(), e.lastError(), e.label()), d.payloadJson(), d.baseVersion(), d.attempts(),
                        d.conflict()));
            }
        }
        listeners.forEach(Runnable::run);
    }

    @Override
    public SyncStatus status() {
        Map<EntryState, Long> counts = new EnumMap<>(EntryState.class);
        details.forEach(d -> counts.merge(d.entry().state(), 1L, Long::sum));
        return new SyncStatus(true, online && !workOffline, workOffline ? PauseReason.WORK_OFFLINE : PauseReason.NONE,
                counts, null, lastSyncAt, false, 0, 0);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void syncNow() {
        calls.add("syncNow");
        if (online && !workOffline) {
            details.stream().filter(d -> d.entry().state().isPending()).map(d -> d.entry().seq()).toList()
                    .forEach(seq -> setState(seq, EntryState.DONE));
            lastSyncAt = now;
        }
        listeners.forEach(Runnable::run);
    }

    @Override
    public void setWorkOffline(boolean offline) {
        workOffline = offline;
        listeners.forEach(Runnable::run);
    }

    @Override
    public boolean drain(Duration timeout, DrainListener listener) {
        long total = status().pending();
        syncNow();
        listener.progress(total - status().pending(), total);
        return status().pending() == 0;
    }

    @Override
    public List<QueueEntry> entries(Set<EntryState> states, int limit) {
        return details.stream().map(EntryDetail::entry).filter(e -> states.isEmpty() || states.contains(e.state()))
                .limit(limit).toList();
    }

    @Override
    public Optional<EntryDetail> entry(long seq) {
        return details.stream().filter(d -> d.entry().seq() == seq).findFirst();
    }

    @Override
    public List<ResolutionRecord> resolutions(int limit) {
        return List.copyOf(resolutions);
    }

    private void resolve(String what, Actor actor, long seq, String reason, EntryState newState) {
        calls.add(what + " " + seq + " " + reason);
        resolutions.add(new ResolutionRecord(seq, now, actor.userId(), what, reason));
        setState(seq, newState);
    }

    @Override
    public void retry(Actor actor, long seq, String reason) {
        resolve("RETRY", actor, seq, reason, EntryState.PENDING);
    }

    @Override
    public void discard(Actor actor, long seq, String reason) {
        resolve("DISCARD", actor, seq, reason, EntryState.DISCARDED);
    }

    @Override
    public void keepMine(Actor actor, long seq, JsonObject merged, String reason) {
        resolve(merged == null ? "FORCE_PUSH" : "FORCE_PUSH merged=" + merged, actor, seq, reason, EntryState.SUPERSEDED);
    }

    @Override
    public void takeTheirs(Actor actor, long seq, String reason) {
        resolve("TAKE_THEIRS", actor, seq, reason, EntryState.DONE);
    }

    @Override
    public void voidBillAndRestore(Actor actor, long seq, String reason) {
        resolve("VOID_AND_RESTORE", actor, seq, reason, EntryState.DONE);
    }

    @Override
    public void reduceQuantities(Actor actor, long seq, Map<String, Long> quantities, String reason) {
        resolve("REDUCE " + quantities, actor, seq, reason, EntryState.SUPERSEDED);
    }

    @Override
    public void overrideStock(Actor actor, long seq, String reason) {
        resolve("OVERRIDE", actor, seq, reason, EntryState.SUPERSEDED);
    }

    @Override
    public void relinkBill(Actor actor, long seq, String reason) {
        resolve("RELINK", actor, seq, reason, EntryState.SUPERSEDED);
    }

    @Override
    public void reduceReturn(Actor actor, long seq, String reason) {
        resolve("REDUCE_RETURN", actor, seq, reason, EntryState.SUPERSEDED);
    }

    public final Map<Long, List<WaitingEntry>> waiting = new java.util.HashMap<>();

    @Override
    public List<WaitingEntry> waitingFor(long seq) {
        return waiting.getOrDefault(seq, List.of());
    }

    @Override
    public void linkProduct(Actor actor, long seq, String reason) {
        resolve("LINK", actor, seq, reason, EntryState.DISCARDED);
    }

    @Override
    public void renameProduct(Actor actor, long seq, String sku, String barcode, String reason) {
        resolve("RENAME " + sku + " " + barcode, actor, seq, reason, EntryState.SUPERSEDED);
    }
}
