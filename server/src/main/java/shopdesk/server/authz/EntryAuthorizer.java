package shopdesk.server.authz;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Objects;
import org.jooq.DSLContext;
import shopdesk.dal.auth.Approval;
import shopdesk.dal.auth.ApprovalProof;
import shopdesk.dal.auth.Resolution;
import shopdesk.dal.auth.RoleMatrix;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.Payloads;
import shopdesk.server.auth.Principal;

/**
 * Decides, before anything is applied, whether the login may push an entry and as whom. The acting device is the
 * token's; a user named in the entry must be the token's user, the supervisor whose approval the entry carries
 * (checked: {@link ApprovalProof}) or, for a bill's cashier, someone who has logged in on this till. The role
 * needed comes from {@link RoleMatrix}; a verified approval lends the approver's role to this entry only.
 */
public final class EntryAuthorizer {
    private final long now;
    private final DSLContext dsl;
    private final DeviceRoster roster;

    public EntryAuthorizer(DSLContext dsl, Principal caller, long now) {
        this.dsl = dsl;
        this.now = now;
        this.roster = new DeviceRoster(dsl, caller.shopId(), caller.deviceId());
    }

    public Decision decide(Principal caller, PushEntry e) {
        ChangeAction action;
        try {
            action = ChangeAction.valueOf(e.action());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Decision.admit(caller); // the push service answers UNKNOWN_ACTION
        }
        // a payload newer than this server is not read here: the push service refuses it unapplied
        if (e.payloadVersion() > Payloads.VERSION) return Decision.admit(caller);
        String id = e.requestId();
        JsonObject p = e.payload();
        Approval approval;
        try {
            approval = ApprovalProof.of(p);
        } catch (IllegalArgumentException bad) {
            return Decision.refuse(id, RejectCodes.INVALID_PAYLOAD, "Field 'payload.approval' is not valid: " + bad.getMessage());
        }
        Role approverRole = null;
        if (approval != null) {
            String problem = approvalProblem(caller, e, approval);
            if (problem != null) return Decision.refuse(id, RejectCodes.FORBIDDEN_ACTOR, "The supervisor approval " + problem);
            approverRole = ApprovalKeys.find(dsl, approval.keyId()).userRole();
        }
        String approver = approval == null ? null : approval.userId();

        String device = text(p, "deviceId");
        boolean tillDocument = action == ChangeAction.CREATE_BILL || action == ChangeAction.CASH_MOVEMENT
                || action == ChangeAction.CLOSE_DAY || action == ChangeAction.CREATE_RETURN || action == ChangeAction.RECORD_AUDIT
                || action == ChangeAction.ISSUE_STORE_CREDIT;
        if (tillDocument && device != null && !device.equals(caller.deviceId())) {
            return forbiddenActor(id, "This login is for till " + caller.deviceId() + "; it cannot push a document of till " + device);
        }
        String refused = namedUserProblem(caller, approver, e.userId(), "userId");
        if (refused == null && tillDocument) refused = namedUserProblem(caller, approver, text(p, "userId"), "payload.userId");
        if (refused != null) return forbiddenActor(id, refused);
        String override = action == ChangeAction.CREATE_BILL ? text(p, "overrideUserId") : null;
        if (override != null) {
            if (!isSelfOrApprover(caller, approver, override)) {
                return forbiddenActor(id, "The bill names " + override + " as approving a sale beyond stock without that"
                        + " supervisor's signed approval");
            }
            Role overrider = override.equals(approver) ? approverRole : caller.role();
            if (!RoleMatrix.allows(overrider, Resolution.STOCK_OVERRIDE)) {
                return Decision.refuse(id, RejectCodes.FORBIDDEN_ROLE, "Selling beyond stock needs a supervisor's approval");
            }
        }
        String varianceBy = action == ChangeAction.CLOSE_DAY ? text(p, "varianceApprovedBy") : null;
        if (varianceBy != null) {
            if (!isSelfOrApprover(caller, approver, varianceBy)) {
                return forbiddenActor(id, "The Z report names " + varianceBy + " as approving the count's variance without"
                        + " that supervisor's signed approval");
            }
            Role by = varianceBy.equals(approver) ? approverRole : caller.role();
            if (by == null || !by.atLeast(Role.SUPERVISOR)) {
                return Decision.refuse(id, RejectCodes.FORBIDDEN_ROLE, "A count over the variance limit needs a supervisor's approval");
            }
        }
        String discountApprover = action == ChangeAction.CREATE_BILL ? text(p, "discountApprovedBy") : null;
        if (discountApprover != null && !isSelfOrApprover(caller, approver, discountApprover)) {
            return forbiddenActor(id, "The bill names " + discountApprover + " as approving its discount without that"
                    + " supervisor's signed approval");
        }
        String noteApprover = action == ChangeAction.CREATE_BILL ? text(p, "noteApprovedBy") : null;
        if (noteApprover != null) {
            // a forged or a cashier's own "approval" of an unchecked note: refused like a forged discount approval
            Role by = noteApprover.equals(approver) ? approverRole : noteApprover.equals(caller.userId()) ? caller.role() : null;
            if (by == null || !by.atLeast(Role.SUPERVISOR)) {
                return forbiddenActor(id, "The bill names " + noteApprover + " as accepting a store-credit note unchecked"
                        + " without that supervisor's signed approval");
            }
        }
        String voidedBy = action == ChangeAction.VOID_BILL ? text(p, "voidedBy") : null;
        if (voidedBy != null && !isSelfOrApprover(caller, approver, voidedBy)) {
            return forbiddenActor(id, "The void names " + voidedBy + " as voiding it without that supervisor's signed approval");
        }
        String returnApprover = action == ChangeAction.CREATE_RETURN ? text(p, "approvedBy") : null;
        if (returnApprover != null && !isSelfOrApprover(caller, approver, returnApprover)) {
            return forbiddenActor(id, "The return names " + returnApprover + " as approving it without that supervisor's signed approval");
        }
        Role effective = approverRole != null && approverRole.atLeast(caller.role()) ? approverRole : caller.role();
        if (!RoleMatrix.allows(effective, action)) {
            return Decision.refuse(id, RejectCodes.FORBIDDEN_ROLE, action + " needs a " + RoleMatrix.required(action).name().toLowerCase()
                    + " (this login is a " + caller.role().name().toLowerCase() + (approval == null ? ", with no supervisor approval)" : ")"));
        }
        return Decision.admit(effective == caller.role() ? caller : new Principal(caller.userId(), caller.username(), effective,
                caller.shopId(), caller.deviceId(), caller.familyId()));
    }

    /** Null when the approval is a valid signature of this entry by an enabled supervisor's key for this till. */
    private String approvalProblem(Principal caller, PushEntry e, Approval a) {
        ApprovalKeys.Key key = ApprovalKeys.find(dsl, a.keyId());
        if (key == null || !key.userId().equals(a.userId()) || !key.shopId().equals(caller.shopId())) {
            return "names a key this server did not issue to " + a.userId();
        }
        if (!key.deviceId().equals(caller.deviceId())) return "was made with a key of another till";
        if (key.revokedAt() != null) return "was made with a revoked key";
        if (key.expiresAt() <= now) return "was made with an expired key (the supervisor must log in online again)";
        if (key.userRole() == null || !key.userRole().atLeast(Role.SUPERVISOR)) {
            return "is by " + a.userId() + ", who is no longer an enabled supervisor";
        }
        if (!ApprovalProof.verify(ApprovalProof.publicKey(key.publicKey()), a, e.action(), e.entityId(), e.payload())) {
            return "does not match this entry (signature check failed)";
        }
        return null;
    }

    private String namedUserProblem(Principal caller, String approver, String userId, String field) {
        if (userId == null || isSelfOrApprover(caller, approver, userId) || roster.loggedInHere(userId)) return null;
        return "Field '" + field + "' names " + userId + ", who has never logged in on this till";
    }

    private static boolean isSelfOrApprover(Principal caller, String approver, String userId) {
        return userId.equals(caller.userId()) || Objects.equals(userId, approver);
    }

    private static Decision forbiddenActor(String requestId, String message) {
        return Decision.refuse(requestId, RejectCodes.FORBIDDEN_ACTOR, message);
    }

    private static String text(JsonObject o, String name) {
        if (o == null) return null;
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() && !e.getAsString().isBlank() ? e.getAsString() : null;
    }
}
