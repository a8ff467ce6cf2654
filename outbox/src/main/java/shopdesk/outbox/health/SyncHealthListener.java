package shopdesk.outbox.health;

/** Told when the sync health changes. Called on the outbox's worker thread: a Swing view must hop to the EDT. */
@FunctionalInterface
public interface SyncHealthListener {
    void healthChanged(SyncHealth health);
}
