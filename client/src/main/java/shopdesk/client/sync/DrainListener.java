package shopdesk.client.sync;

/** Progress of a drain before closing: how many of the pending entries are delivered so far. */
@FunctionalInterface
public interface DrainListener {
    void progress(long delivered, long total);
}
