package shopdesk.protocol;

/** POST /api/v1/auth/refresh and /auth/logout. */
public record RefreshRequest(String refreshToken) {
}
