package shopdesk.server.auth;

import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.Context;
import shopdesk.protocol.LoginRequest;
import shopdesk.server.http.ApiException;
import shopdesk.server.http.JsonBodies;
import shopdesk.server.http.Responses;

/** POST /api/v1/auth/login, /refresh and /logout. */
public final class AuthRoutes {
    private final AuthService auth;
    private final JsonBodies bodies;

    public AuthRoutes(AuthService auth, JsonBodies bodies) {
        this.auth = auth;
        this.bodies = bodies;
    }

    public void register(Javalin app) {
        app.post("/api/v1/auth/login", this::login);
        app.post("/api/v1/auth/refresh", this::refresh);
        app.post("/api/v1/auth/logout", this::logout);
    }

    private void login(Context ctx) {
        JsonObject body = bodies.object(ctx);
        String username = JsonBodies.requireString(body, "username", "username");
        String password = JsonBodies.requireString(body, "password", "password");
        String device = JsonBodies.requireString(body, "deviceId", "deviceId");
        Responses.json(ctx, 200, auth.login(new LoginRequest(username, password, device), ctx.ip()));
    }

    private void refresh(Context ctx) {
        JsonObject body = bodies.object(ctx);
        Responses.json(ctx, 200, auth.refresh(JsonBodies.requireString(body, "refreshToken", "refreshToken")));
    }

    /** Revokes the login of the refresh token in the body, else of the bearer access token. */
    private void logout(Context ctx) {
        String refresh = null;
        if (ctx.contentLength() != 0) {
            JsonObject body = bodies.object(ctx);
            if (body.has("refreshToken") && !body.get("refreshToken").isJsonNull()) {
                refresh = JsonBodies.requireString(body, "refreshToken", "refreshToken");
            }
        }
        if (refresh == null) {
            String header = ctx.header("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.missingField("refreshToken");
            }
            refresh = header.substring(7).trim();
        }
        auth.logout(refresh);
        ctx.status(204);
    }
}
