package shopdesk.client.sync.centre;

import java.util.Optional;
import shopdesk.client.sync.EntryDetail;

/** What the sync centre asks in dialogs; stubbed in off-screen tests. */
public interface SyncCentreActions {

    Optional<String> askReason(String title, String question);

    /** Opens the conflict dialog for the entry; true when it was resolved. */
    boolean resolveConflict(EntryDetail detail);

    /** Opens the repair dialog for a product create the server refused; true when it was repaired. */
    boolean repairProduct(EntryDetail detail);
}
