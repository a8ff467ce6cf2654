package shopdesk.dal.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import shopdesk.dal.change.Change;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;

/**
 * Adds a supervisor's signed approval to a recorded change that needs one: a bill sold beyond stock (signed by its
 * {@code overrideUserId}) or discounted beyond the cashier's limit (signed by its {@code discountApprovedBy}) and any action above a cashier's role (signed by the change's user). Signs only with a
 * key unlocked on this till; without one the change is recorded as it is, and the server judges it by the login
 * that pushes it.
 */
public final class ApprovalSigner {
    private final UnlockedApprovals unlocked;

    public ApprovalSigner(UnlockedApprovals unlocked) {
        this.unlocked = unlocked;
    }

    public Change sign(Change c, long now) {
        if (unlocked.isEmpty() || c.payloadJson() == null) return c;
        ChangeAction action;
        try {
            action = ChangeAction.valueOf(c.action());
        } catch (IllegalArgumentException e) {
            return c;
        }
        // a bill names its approver: beyond stock (overrideUserId) or beyond the cashier's discount limit
        boolean approved = action == ChangeAction.CREATE_BILL && (!c.payloadJson().contains("\"overrideUserId\":null")
                || !c.payloadJson().contains("\"discountApprovedBy\":null"));
        if (!approved && RoleMatrix.allows(Role.CASHIER, action)) return c;
        JsonObject payload = JsonParser.parseString(c.payloadJson()).getAsJsonObject();
        String approver = approved ? firstNonNull(text(payload.get("overrideUserId")), text(payload.get("discountApprovedBy")))
                : c.userId();
        ApprovalKey key = unlocked.find(approver, now);
        if (key == null) return c;
        Approval a = ApprovalProof.sign(key, c.action(), c.entityId(), payload);
        return new Change(c.streamKey(), c.entityType(), c.entityId(), c.action(), ApprovalProof.attach(payload, a).toString(),
                c.payloadVersion(), c.baseVersion(), c.userId(), c.dependsOn(), c.opensStream());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
