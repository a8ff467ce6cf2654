package shopdesk.server.authz;

import shopdesk.protocol.EntryResult;
import shopdesk.server.auth.Principal;

/** What the authorizer decided for one entry: apply it as {@code actingAs}, or answer {@code refusal}. */
public record Decision(Principal actingAs, EntryResult refusal) {
    static Decision admit(Principal actingAs) {
        return new Decision(actingAs, null);
    }

    static Decision refuse(String requestId, String code, String message) {
        return new Decision(null, EntryResult.rejected(requestId, code, message));
    }

    public boolean admitted() {
        return refusal == null;
    }
}
