package shopdesk.dal.auth;

import static shopdesk.db.Tables.TILL_APPROVAL_KEY;

import java.util.Base64;
import shopdesk.dal.db.Database;

/**
 * The till's cached approval keys (till_approval_key), one per supervisor, each sealed with its owner's password.
 * {@link #keep} stores the key an online login handed out; {@link #unlock} opens it again when the supervisor types
 * the password, online or offline, and puts it into {@link UnlockedApprovals} for signing.
 */
public final class ApprovalKeyring {
    private final Database db;
    private final UnlockedApprovals unlocked;

    public ApprovalKeyring(Database db, UnlockedApprovals unlocked) {
        this.db = db;
        this.unlocked = unlocked;
    }

    /** Seals and stores a newly issued key (replacing the user's older one) and unlocks it. */
    public void keep(String userId, String keyId, String privateKeyBase64, long expiresAt, char[] password, long now) {
        byte[] secret = Base64.getDecoder().decode(privateKeyBase64);
        String sealed = PasswordSeal.seal(secret, password, context(userId, keyId));
        db.runInTransaction(tx -> {
            int n = tx.update(TILL_APPROVAL_KEY).set(TILL_APPROVAL_KEY.KEY_ID, keyId).set(TILL_APPROVAL_KEY.SEALED_KEY, sealed)
                    .set(TILL_APPROVAL_KEY.EXPIRES_AT, expiresAt).set(TILL_APPROVAL_KEY.UPDATED_AT, now)
                    .where(TILL_APPROVAL_KEY.USER_ID.eq(userId)).execute();
            if (n == 0) {
                tx.insertInto(TILL_APPROVAL_KEY).set(TILL_APPROVAL_KEY.USER_ID, userId).set(TILL_APPROVAL_KEY.KEY_ID, keyId)
                        .set(TILL_APPROVAL_KEY.SEALED_KEY, sealed).set(TILL_APPROVAL_KEY.EXPIRES_AT, expiresAt)
                        .set(TILL_APPROVAL_KEY.UPDATED_AT, now).execute();
            }
        });
        unlocked.unlock(new ApprovalKey(userId, keyId, ApprovalProof.privateKey(secret), expiresAt));
    }

    /** Opens the user's cached key with their password; false when there is none, it expired or the password differs. */
    public boolean unlock(String userId, char[] password, long now) {
        var r = db.dsl().selectFrom(TILL_APPROVAL_KEY).where(TILL_APPROVAL_KEY.USER_ID.eq(userId)).fetchOne();
        if (r == null || r.getExpiresAt() <= now) return false;
        byte[] secret = PasswordSeal.open(r.getSealedKey(), password, context(userId, r.getKeyId()));
        if (secret == null) return false;
        unlocked.unlock(new ApprovalKey(userId, r.getKeyId(), ApprovalProof.privateKey(secret), r.getExpiresAt()));
        return true;
    }

    public UnlockedApprovals unlocked() {
        return unlocked;
    }

    private static String context(String userId, String keyId) {
        return "shopdesk-approval-key|" + userId + "|" + keyId;
    }
}
