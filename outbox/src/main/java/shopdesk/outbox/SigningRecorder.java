package shopdesk.outbox;

import java.time.Clock;
import org.jooq.DSLContext;
import shopdesk.dal.auth.ApprovalSigner;
import shopdesk.dal.change.Change;
import shopdesk.dal.change.ChangeRecorder;
import shopdesk.outbox.queue.OutboxChangeRecorder;

/** The recorder the dal services get: signs each change with the unlocked approvals, then queues it. */
final class SigningRecorder implements ChangeRecorder {
    private final OutboxChangeRecorder recorder;
    private final ApprovalSigner signer;
    private final Clock clock;

    SigningRecorder(OutboxChangeRecorder recorder, ApprovalSigner signer, Clock clock) {
        this.recorder = recorder;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public void record(DSLContext tx, Change change) {
        recorder.record(tx, signer.sign(change, clock.millis()));
    }

    @Override
    public void beforeEdit(DSLContext tx, String entityType, String entityId) {
        recorder.beforeEdit(tx, entityType, entityId);
    }
}
