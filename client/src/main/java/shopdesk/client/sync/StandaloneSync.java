package shopdesk.client.sync;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shopdesk.dal.common.Actor;
import shopdesk.dal.error.InvalidStateException;

/** A till working without a cloud: nothing is queued for sending, and the status bar says so. */
public final class StandaloneSync implements SyncPort {

    @Override
    public SyncStatus status() {
        return SyncStatus.standalone();
    }

    @Override
    public void addListener(Runnable listener) {
    }

    @Override
    public void syncNow() {
    }

    @Override
    public void setWorkOffline(boolean offline) {
    }

    @Override
    public boolean drain(Duration timeout, DrainListener listener) {
        return true;
    }

    @Override
    public List<QueueEntry> entries(Set<EntryState> states, int limit) {
        return List.of();
    }

    @Override
    public Optional<EntryDetail> entry(long seq) {
        return Optional.empty();
    }

    @Override
    public List<ResolutionRecord> resolutions(int limit) {
        return List.of();
    }

    @Override
    public void retry(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void discard(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void keepMine(Actor actor, long seq, JsonObject merged, String reason) {
        throw standalone();
    }

    @Override
    public void takeTheirs(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void voidBillAndRestore(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void reduceQuantities(Actor actor, long seq, Map<String, Long> quantities, String reason) {
        throw standalone();
    }

    @Override
    public void overrideStock(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public List<WaitingEntry> waitingFor(long seq) {
        return List.of();
    }

    @Override
    public void relinkBill(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void reduceReturn(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void linkProduct(Actor actor, long seq, String reason) {
        throw standalone();
    }

    @Override
    public void renameProduct(Actor actor, long seq, String sku, String barcode, String reason) {
        throw standalone();
    }

    private static InvalidStateException standalone() {
        return new InvalidStateException(null, "This till works standalone: there is no sync queue");
    }
}
