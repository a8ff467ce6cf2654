package shopdesk.protocol;

/**
 * Tokens for a user on a device. {@code passwordHash} is the user's salted slow hash, so the till can
 * authenticate them offline later. {@code approvalKey} (supervisors and admins only, else null) is the private
 * half of a fresh approval key: the till keeps it sealed with the user's password and signs their approvals with
 * it, also offline (docs/SECURITY.md). {@code saleTerms} (issue 23) is the shop's selling terms the server owns and
 * re-checks bills with; the till keeps them for offline use. Absent (an older server): the till's configured terms.
 */
public record TokenResponse(String accessToken, long accessExpiresAt, String refreshToken, long refreshExpiresAt,
                            UserInfo user, long serverTime, ApprovalKeyGrant approvalKey, SaleTerms saleTerms) {

    public TokenResponse(String accessToken, long accessExpiresAt, String refreshToken, long refreshExpiresAt,
                         UserInfo user, long serverTime) {
        this(accessToken, accessExpiresAt, refreshToken, refreshExpiresAt, user, serverTime, null, null);
    }

    public TokenResponse(String accessToken, long accessExpiresAt, String refreshToken, long refreshExpiresAt,
                         UserInfo user, long serverTime, ApprovalKeyGrant approvalKey) {
        this(accessToken, accessExpiresAt, refreshToken, refreshExpiresAt, user, serverTime, approvalKey, null);
    }

    /** How far a cashier may cut a price without a supervisor's approval, in basis points (1000 = 10%). */
    public record SaleTerms(long cashierDiscountLimitBp) {
    }

    public record UserInfo(String id, String username, String displayName, String role, String shopId,
                           String deviceId, String passwordHash) {
    }

    /** An approval key: its id, the Ed25519 private key (PKCS#8, base64) and when the server stops honouring it. */
    public record ApprovalKeyGrant(String keyId, String privateKey, long expiresAt) {
    }
}
