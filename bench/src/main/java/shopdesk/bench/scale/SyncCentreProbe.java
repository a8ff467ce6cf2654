package shopdesk.bench.scale;

/** What the till's sync centre asks the queue when it opens: the counts per state and the first page of entries. */
public interface SyncCentreProbe extends AutoCloseable {
    String description();

    Object pendingCounts();

    Object firstPage();

    @Override
    default void close() {
    }
}
