package shopdesk.dal.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import shopdesk.dal.change.Change;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ChangeAction;

/**
 * Adds a supervisor's signed approval to a recorded change that needs one: a bill sold beyond stock (signed by its
 * {@code overrideUserId}) or discounted beyond the cashier's limit (signed by its {@code discountApprovedBy}) or taking another till's note unchecked (by its
 * {@code noteApprovedBy}), a Z
 * report whose count is over the variance limit (by its {@code varianceApprovedBy}) and any action above a cashier's
 * role (signed by the change's user). Signs only with a
 * key unlocked on this till; without one the change is recorded as it is, and the server judges it by the login
 * that pushes it.
 */
public final class ApprovalSigner {
    /** A bill's member naming who approved a discount beyond the cashier's limit. */
    public static final String DISCOUNT_APPROVER = "discountApprovedBy";
    /** A bill's member naming who vouched for another till's store-credit note taken unchecked. */
    public static final String NOTE_APPROVER = "noteApprovedBy";

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
        // the payload field naming the supervisor who approved at the till (beyond stock, a return without bill, ...)
        String field = approverField(action);
        boolean override = named(c.payloadJson(), field);
        // a bill may instead name the one who approved a discount beyond the cashier's limit
        boolean discount = action == ChangeAction.CREATE_BILL && named(c.payloadJson(), DISCOUNT_APPROVER);
        // or the one who vouched for another till's note taken unchecked (the till takes one approver per sale)
        boolean note = action == ChangeAction.CREATE_BILL && named(c.payloadJson(), NOTE_APPROVER);
        if (!override && !discount && !note && RoleMatrix.allows(Role.CASHIER, action)) return c;
        JsonObject payload = JsonParser.parseString(c.payloadJson()).getAsJsonObject();
        String approver = override ? text(payload.get(field)) : discount ? text(payload.get(DISCOUNT_APPROVER))
                : note ? text(payload.get(NOTE_APPROVER)) : c.userId();
        ApprovalKey key = unlocked.find(approver, now);
        if (key == null) return c;
        Approval a = ApprovalProof.sign(key, c.action(), c.entityId(), payload);
        return new Change(c.streamKey(), c.entityType(), c.entityId(), c.action(), ApprovalProof.attach(payload, a).toString(),
                c.payloadVersion(), c.baseVersion(), c.userId(), c.dependsOn(), c.opensStream());
    }

    /** The payload member naming the supervisor who approved what a cashier may not do alone, if the action has one. */
    public static String approverField(ChangeAction action) {
        return switch (action) {
            case CREATE_BILL -> "overrideUserId";
            case CLOSE_DAY -> "varianceApprovedBy";
            case CREATE_RETURN -> "approvedBy";
            default -> null;
        };
    }

    private static boolean named(String json, String field) {
        return field != null && json.contains("\"" + field + "\":") && !json.contains("\"" + field + "\":null");
    }

    private static String text(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
