package shopdesk.client.sync.centre;

import java.awt.Component;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import shopdesk.client.session.SessionHolder;
import shopdesk.client.sync.EntryDetail;
import shopdesk.client.sync.SyncPort;
import shopdesk.client.sync.conflict.ConflictDialog;
import shopdesk.client.sync.conflict.ConflictPresenter;
import shopdesk.client.sync.conflict.ProductRepairDialog;
import shopdesk.client.sync.conflict.ProductRepairPresenter;

/** The sync centre's questions as real dialogs. */
public final class SwingSyncCentreActions implements SyncCentreActions {
    private final Supplier<Component> parent;
    private final SyncPort sync;
    private final SessionHolder sessions;

    public SwingSyncCentreActions(Supplier<Component> parent, SyncPort sync, SessionHolder sessions) {
        this.parent = parent;
        this.sync = sync;
        this.sessions = sessions;
    }

    @Override
    public Optional<String> askReason(String title, String question) {
        return Optional.ofNullable(JOptionPane.showInputDialog(parent.get(), question, title, JOptionPane.QUESTION_MESSAGE));
    }

    @Override
    public boolean resolveConflict(EntryDetail detail) {
        return ConflictDialog.show(parent.get(), new ConflictPresenter(sync, sessions, detail));
    }

    @Override
    public boolean repairProduct(EntryDetail detail) {
        return ProductRepairDialog.show(parent.get(), new ProductRepairPresenter(sync, sessions, detail));
    }
}
