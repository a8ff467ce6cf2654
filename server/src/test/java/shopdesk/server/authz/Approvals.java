package shopdesk.server.authz;

import com.google.gson.JsonObject;
import java.util.Base64;
import shopdesk.dal.auth.Approval;
import shopdesk.dal.auth.ApprovalKey;
import shopdesk.dal.auth.ApprovalProof;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.TokenResponse;

/** Signs entries the way a till does with a supervisor's cached approval key. */
final class Approvals {
    private Approvals() {
    }

    static ApprovalKey keyOf(TokenResponse login) {
        TokenResponse.ApprovalKeyGrant g = login.approvalKey();
        return new ApprovalKey(login.user().id(), g.keyId(),
                ApprovalProof.privateKey(Base64.getDecoder().decode(g.privateKey())), g.expiresAt());
    }

    static PushEntry signed(PushEntry e, TokenResponse supervisorLogin) {
        return withApproval(e, ApprovalProof.sign(keyOf(supervisorLogin), e.action(), e.entityId(), e.payload()));
    }

    static PushEntry withApproval(PushEntry e, Approval a) {
        return withPayload(e, ApprovalProof.attach(e.payload(), a));
    }

    static PushEntry withPayload(PushEntry e, JsonObject payload) {
        return new PushEntry(e.requestId(), e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(), e.action(),
                e.payloadVersion(), payload, e.baseVersion(), e.userId(), e.createdAt());
    }

    static PushEntry withUser(PushEntry e, String userId) {
        return new PushEntry(e.requestId(), e.streamKey(), e.streamSeq(), e.entityType(), e.entityId(), e.action(),
                e.payloadVersion(), e.payload(), e.baseVersion(), userId, e.createdAt());
    }
}
