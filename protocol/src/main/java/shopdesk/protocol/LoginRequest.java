package shopdesk.protocol;

/** POST /api/v1/auth/login. */
public record LoginRequest(String username, String password, String deviceId) {
}
