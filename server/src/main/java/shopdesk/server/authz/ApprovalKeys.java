package shopdesk.server.authz;

import static shopdesk.db.Tables.APPROVAL_KEY;
import static shopdesk.db.Tables.APP_USER;

import java.security.KeyPair;
import java.time.Duration;
import org.jooq.DSLContext;
import shopdesk.dal.auth.ApprovalProof;
import shopdesk.dal.common.Ids;
import shopdesk.dal.user.Role;
import shopdesk.protocol.TokenResponse.ApprovalKeyGrant;

/**
 * Supervisors' approval keys on the server. A key pair is made at each online login of a supervisor or admin;
 * the server keeps the public half (nothing it stores can sign) and hands the private half to the till once, in
 * the login's answer. A key is honoured for {@link #LIFETIME} from that login, on that till only, while its user
 * is enabled and still a supervisor; an admin revokes them with the admin command revoke-approval-keys ({@link #revokeAll}).
 */
public final class ApprovalKeys {
    public static final Duration LIFETIME = Duration.ofDays(30);

    private ApprovalKeys() {
    }

    /** A stored key with the current role of its user (null: the user is disabled or gone). */
    public record Key(String id, String shopId, String userId, String deviceId, String publicKey, long expiresAt,
                      Long revokedAt, Role userRole) {
    }

    /** A new key for this login, or null when the user's role approves nothing. */
    public static ApprovalKeyGrant issue(DSLContext tx, String shopId, String userId, Role role, String deviceId, long now) {
        if (!role.atLeast(Role.SUPERVISOR)) return null;
        KeyPair pair = ApprovalProof.newKeyPair();
        String id = Ids.newId();
        long expires = now + LIFETIME.toMillis();
        tx.insertInto(APPROVAL_KEY).set(APPROVAL_KEY.ID, id).set(APPROVAL_KEY.SHOP_ID, shopId)
                .set(APPROVAL_KEY.USER_ID, userId).set(APPROVAL_KEY.DEVICE_ID, deviceId)
                .set(APPROVAL_KEY.PUBLIC_KEY, ApprovalProof.encode(pair.getPublic()))
                .set(APPROVAL_KEY.EXPIRES_AT, expires).set(APPROVAL_KEY.CREATED_AT, now).execute();
        return new ApprovalKeyGrant(id, ApprovalProof.encode(pair.getPrivate()), expires);
    }

    public static Key find(DSLContext dsl, String keyId) {
        var r = dsl.select(APPROVAL_KEY.fields()).select(APP_USER.ROLE, APP_USER.DISABLED_AT).from(APPROVAL_KEY)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(APPROVAL_KEY.USER_ID))
                .where(APPROVAL_KEY.ID.eq(keyId)).fetchOne();
        if (r == null) return null;
        String role = r.get(APP_USER.ROLE);
        Role userRole = role == null || r.get(APP_USER.DISABLED_AT) != null ? null : Role.valueOf(role);
        return new Key(r.get(APPROVAL_KEY.ID), r.get(APPROVAL_KEY.SHOP_ID), r.get(APPROVAL_KEY.USER_ID),
                r.get(APPROVAL_KEY.DEVICE_ID), r.get(APPROVAL_KEY.PUBLIC_KEY), r.get(APPROVAL_KEY.EXPIRES_AT),
                r.get(APPROVAL_KEY.REVOKED_AT), userRole);
    }

    /** Revokes every key of a user (lost till, supervisor leaving); approvals signed with them are refused. */
    public static int revokeAll(DSLContext tx, String userId, long now) {
        return tx.update(APPROVAL_KEY).set(APPROVAL_KEY.REVOKED_AT, now)
                .where(APPROVAL_KEY.USER_ID.eq(userId), APPROVAL_KEY.REVOKED_AT.isNull()).execute();
    }
}
