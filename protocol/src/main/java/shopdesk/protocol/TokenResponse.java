package shopdesk.protocol;

/**
 * Tokens for a user on a device. {@code passwordHash} is the user's salted slow hash, so the till can
 * authenticate them offline later.
 */
public record TokenResponse(String accessToken, long accessExpiresAt, String refreshToken, long refreshExpiresAt,
                            UserInfo user, long serverTime) {

    public record UserInfo(String id, String username, String displayName, String role, String shopId,
                           String deviceId, String passwordHash) {
    }
}
