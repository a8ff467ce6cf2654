package shopdesk.server.audit;

import static shopdesk.db.Tables.APP_USER;

import com.google.gson.JsonObject;
import org.jooq.DSLContext;
import shopdesk.dal.audit.AuditAction;
import shopdesk.protocol.EntryResult.Applied;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.AuditRecordPayload;
import shopdesk.server.push.Checks;
import shopdesk.server.push.EntryContext;
import shopdesk.server.push.EntryRefused;

/**
 * RECORD_AUDIT: a till's sync resolution into the shop's audit log. Who is the entry's user (the authorizer held it
 * to the login, its approver or someone who logged in on this till), the till is the token's, the time the server's;
 * the till's own time, the record's id and the pushing login go into the details.
 */
public final class AuditRecordApplier {
    private AuditRecordApplier() {
    }

    public static Applied apply(DSLContext tx, EntryContext ctx) {
        AuditRecordPayload p = ctx.payload(AuditRecordPayload.class);
        String id = ctx.entityId(p.id());
        if (p.deviceId() != null && !p.deviceId().equals(ctx.deviceId())) {
            throw EntryRefused.rejected(RejectCodes.FORBIDDEN_ACTOR, "This login is for till " + ctx.deviceId()
                    + "; it cannot push an audit record of till " + p.deviceId());
        }
        AuditAction action = action(p.action());
        String user = p.userId() != null && !p.userId().isBlank() ? p.userId() : ctx.caller().userId();
        if (!tx.fetchExists(APP_USER, APP_USER.ID.eq(user).and(APP_USER.SHOP_ID.eq(ctx.shopId())))) {
            throw EntryRefused.rejected(RejectCodes.UNKNOWN_USER, "User " + user + " is not a user of this shop");
        }
        String reason = Checks.optionalText(p.reason(), "payload.reason", 400);
        String entityType = Checks.optionalText(p.entityType(), "payload.entityType", 32);
        String entityId = Checks.optionalText(p.entityId(), "payload.entityId", 120);
        String details = Checks.optionalText(p.details(), "payload.details", 4000);
        JsonObject d = new JsonObject();
        d.addProperty("recordId", id);
        d.addProperty("deviceId", ctx.deviceId());
        d.addProperty("pushedBy", ctx.caller().userId());
        d.addProperty("tillTime", p.clientCreatedAt());
        if (details != null) d.addProperty("details", details);
        AuditTrail.write(tx, ctx.now(), ctx.shopId(), user, action, entityType, entityId, reason, d.toString());
        return new Applied(null, 1L, ctx.now());
    }

    /** Only a till's sync decisions come this way; anything else has its own entry (voids, overrides, day close). */
    private static AuditAction action(String code) {
        AuditAction a;
        try {
            a = code == null ? null : AuditAction.fromCode(code);
        } catch (IllegalArgumentException e) {
            a = null;
        }
        if (a == null || !a.code().startsWith("sync.")) {
            throw EntryRefused.invalid("payload.action", "must be a sync resolution's audit code (sync.discard, ...)");
        }
        return a;
    }
}
