package shopdesk.client.sync;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shopdesk.dal.common.Actor;

/**
 * The till's view of its SyncQueue: status, manual sync, and the supervisor's resolutions. Every resolution
 * takes who decides and why; the implementation records it.
 */
public interface SyncPort {

    SyncStatus status();

    /** Called (on any thread) whenever the status may have changed. */
    void addListener(Runnable listener);

    void syncNow();

    void setWorkOffline(boolean offline);

    /** Tries to deliver everything pending within the timeout; true when nothing is left pending. */
    boolean drain(Duration timeout, DrainListener listener);

    /** Newest first; empty {@code states} means every state. */
    List<QueueEntry> entries(Set<EntryState> states, int limit);

    Optional<EntryDetail> entry(long seq);

    List<ResolutionRecord> resolutions(int limit);

    void retry(Actor actor, long seq, String reason);

    void discard(Actor actor, long seq, String reason);

    /** Force push: sends mine again against the server's version; {@code merged} null sends my payload as is. */
    void keepMine(Actor actor, long seq, JsonObject merged, String reason);

    void takeTheirs(Actor actor, long seq, String reason);

    void voidBillAndRestore(Actor actor, long seq, String reason);

    void reduceQuantities(Actor actor, long seq, Map<String, Long> quantities, String reason);

    void overrideStock(Actor actor, long seq, String reason);

    /**
     * A bill refused for products the server does not have: re-point those lines to the server's products with the
     * same SKU or barcode and send the bill again.
     */
    void relinkBill(Actor actor, long seq, String reason);

    /** A return refused as more than was left on its bill: cut it to what is left and send it again. */
    void reduceReturn(Actor actor, long seq, String reason);

    /** The bills and stock moves waiting for a refused product create (empty for any other entry). */
    List<WaitingEntry> waitingFor(long seq);

    /** A refused product create: use the server's product with the same SKU or barcode instead. */
    void linkProduct(Actor actor, long seq, String reason);

    /** A refused product create: send it again with a new SKU (and barcode, when not null). */
    void renameProduct(Actor actor, long seq, String sku, String barcode, String reason);
}
