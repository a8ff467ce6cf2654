package shopdesk.dal.auth;

import java.security.PrivateKey;

/** The private half of a supervisor's approval key, unsealed in memory for signing at the till. */
public record ApprovalKey(String userId, String keyId, PrivateKey privateKey, long expiresAt) {
}
