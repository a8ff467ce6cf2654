package shopdesk.server.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.Json;
import shopdesk.protocol.LoginRequest;
import shopdesk.protocol.ProtocolVersion;
import shopdesk.protocol.PullResponse;
import shopdesk.protocol.PushEntry;
import shopdesk.protocol.PushRequest;
import shopdesk.protocol.PushResponse;
import shopdesk.protocol.TokenResponse;

/** A thin java.net.http client for the sync API, as a till would call it. */
public final class Api {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, String body) {
        public <T> T as(Class<T> type) {
            return Json.gson().fromJson(body, type);
        }

        public ErrorBody error() {
            return as(ErrorBody.class);
        }

        public JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    public Response send(String method, String path, String token, String body, String protocol) {
        return sendWithAuthorization(method, path, token == null ? null : "Bearer " + token, body, protocol);
    }

    /** Sends exactly this Authorization header value (null: none). */
    public Response sendWithAuthorization(String method, String path, String authorization, String body, String protocol) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (protocol != null) b.header(ProtocolVersion.HEADER, protocol);
        if (authorization != null) b.header("Authorization", authorization);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String token, String body) {
        return send("POST", path, token, body, Integer.toString(ProtocolVersion.CURRENT));
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, Integer.toString(ProtocolVersion.CURRENT));
    }

    public Response login(String username, String password, String device) {
        return post("/api/v1/auth/login", null, Json.gson().toJson(new LoginRequest(username, password, device)));
    }

    public TokenResponse loginOk(String username, String password, String device) {
        Response r = login(username, password, device);
        if (r.status() != 200) throw new AssertionError("login failed: " + r);
        return r.as(TokenResponse.class);
    }

    public Response push(String token, String deviceId, PushEntry... entries) {
        return post("/api/v1/sync/push", token, Json.gson().toJson(new PushRequest(deviceId, java.util.List.of(entries))));
    }

    public PushResponse pushOk(String token, String deviceId, PushEntry... entries) {
        Response r = push(token, deviceId, entries);
        if (r.status() != 200) throw new AssertionError("push failed: " + r);
        return r.as(PushResponse.class);
    }

    public PullResponse pullOk(String token, String since, int limit) {
        Response r = get("/api/v1/sync/pull?limit=" + limit + (since == null ? "" : "&since=" + since), token);
        if (r.status() != 200) throw new AssertionError("pull failed: " + r);
        return r.as(PullResponse.class);
    }
}
