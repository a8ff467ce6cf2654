package shopdesk.outbox.cloud;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.outbox.OutboxConfig;
import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.Json;
import shopdesk.protocol.LoginRequest;
import shopdesk.protocol.ProtocolVersion;
import shopdesk.protocol.PushRequest;
import shopdesk.protocol.RefreshRequest;
import shopdesk.protocol.TokenResponse;

/**
 * The till's client of the cloud sync API (JSON via the protocol's Gson, sent by {@link CloudHttp}). Every
 * request carries the protocol version and, when held, the access token. Automatic retries are off: the
 * SyncQueue decides when to retry, with backoff.
 */
public final class CloudClient implements AutoCloseable {
    public static final String PUSH = "/api/v1/sync/push";
    public static final String PULL = "/api/v1/sync/pull";
    public static final String LOGIN = "/api/v1/auth/login";
    public static final String REFRESH = "/api/v1/auth/refresh";
    public static final String LOGOUT = "/api/v1/auth/logout";

    private final URI base;
    private final CloudHttp http;
    private final TokenStore tokens;
    private final ClockSkew skew = new ClockSkew();
    private final java.util.List<Consumer<TokenResponse>> loginListeners = new CopyOnWriteArrayList<>();

    public CloudClient(OutboxConfig config, TokenStore tokens) {
        this.base = config.cloudUrl();
        this.tokens = tokens;
        this.http = new CloudHttp(config, skew);
    }

    public TokenStore tokens() {
        return tokens;
    }

    /** Told after every successful login or refresh (the outbox resumes a LOGIN_REQUIRED pause). */
    public void addLoginListener(Consumer<TokenResponse> listener) {
        loginListeners.add(listener);
    }

    // ---- raw exchanges used by the SyncQueue worker: statuses are classified by the caller ----

    public CloudResponse push(PushRequest request) throws IOException {
        return push(Json.gson().toJson(request));
    }

    /** A push whose body the caller serialised already (a pipelined push does it while the previous one travels). */
    public CloudResponse push(String requestJson) throws IOException {
        return exchangeWithCurrentToken(() -> post(PUSH, requestJson));
    }

    public CloudResponse pull(String cursor, int limit) throws IOException {
        String q = "?limit=" + limit + (cursor == null ? "" : "&since=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        return exchangeWithCurrentToken(() -> withHeaders(new HttpGet(base.resolve(base.getPath() + PULL + q))));
    }

    /** A GET of another sync resource ({@code path} with its query), e.g. the server's holdings of this till's bills. */
    public CloudResponse get(String pathAndQuery) throws IOException {
        return exchangeWithCurrentToken(() -> withHeaders(new HttpGet(base.resolve(base.getPath() + pathAndQuery))));
    }

    /**
     * A 401 for a request sent with a token that a login has since replaced says nothing about the new token:
     * send it again once with the new one, instead of pausing for a login that has already happened.
     */
    private CloudResponse exchangeWithCurrentToken(java.util.function.Supplier<HttpUriRequestBase> request) throws IOException {
        java.util.Optional<String> sentWith = tokens.accessToken();
        CloudResponse r = http.exchange(request.get(), sentWith);
        if (r.status() == 401 && tokens.accessToken().isPresent() && !tokens.accessToken().equals(sentWith)) {
            return http.exchange(request.get(), tokens.accessToken());
        }
        return r;
    }

    /**
     * Whether a login, refresh or new credentials replaced the access token that {@code r}'s request carried. A 401
     * can arrive just before a login stores its token and be acted on just after that login resumed the worker
     * ({@code HealthMonitor.pauseForLogin} asks this after pausing).
     */
    public boolean tokenReplacedSince(CloudResponse r) {
        java.util.Optional<String> now = tokens.accessToken();
        return now.isPresent() && CloudResponse.tokenOf(now) != r.sentWithToken();
    }

    // ---- auth, for the till's login screen ----

    /** Logs a user in online. Throws AuthenticationException (wrong credentials), UpdateRequiredException,
     *  CloudUnavailableException (no network) or CloudException. Stores the tokens on success. */
    public TokenResponse login(String username, String password, String deviceId) {
        TokenResponse t = tokenCall(LOGIN, Json.gson().toJson(new LoginRequest(username, password, deviceId)));
        tokens.store(t);
        loginListeners.forEach(l -> l.accept(t));
        return t;
    }

    /** Exchanges the held (or given) refresh token for new tokens. */
    public TokenResponse refresh(String refreshToken) {
        TokenResponse t = tokenCall(REFRESH, Json.gson().toJson(new RefreshRequest(refreshToken)));
        tokens.store(t);
        loginListeners.forEach(l -> l.accept(t));
        return t;
    }

    public TokenResponse refresh() {
        return refresh(tokens.refreshToken().orElseThrow(() -> new CloudException(401, "LOGIN_REQUIRED", "No refresh token: log in")));
    }

    /** Revokes the refresh token's family on the cloud (best effort) and forgets the tokens locally. */
    public void logout() {
        try {
            tokens.refreshToken().ifPresent(rt -> {
                CloudResponse r = call(post(LOGOUT, Json.gson().toJson(new RefreshRequest(rt))));
                if (r.status() >= 300 && r.status() != 401) throw error(r);
            });
        } finally {
            tokens.clear();
        }
    }

    private TokenResponse tokenCall(String path, String json) {
        CloudResponse r = call(post(path, json));
        if (r.status() != 200) throw error(r);
        try {
            TokenResponse t = Json.gson().fromJson(r.body(), TokenResponse.class);
            if (t == null || t.accessToken() == null) throw new JsonParseException("no access token");
            return t;
        } catch (JsonParseException e) {
            throw new CloudException(r.status(), "BAD_RESPONSE", "The cloud sent an unreadable answer: " + e.getMessage());
        }
    }

    private CloudResponse call(HttpUriRequestBase request) {
        try {
            return exchange(request);
        } catch (IOException e) {
            throw new CloudUnavailableException("Cannot reach the ShopDesk cloud at " + base + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeException error(CloudResponse r) {
        ErrorBody b = errorBody(r.body());
        String msg = b != null && b.message() != null ? b.message() : "HTTP " + r.status();
        if (r.status() == 401) return new AuthenticationException();
        if (r.status() == 426) return new UpdateRequiredException(msg);
        return new CloudException(r.status(), b == null ? null : b.code(), msg);
    }

    /** The JSON error body, or null when the body is not one. */
    public static ErrorBody errorBody(String body) {
        try {
            return body == null || body.isBlank() ? null : Json.gson().fromJson(body, ErrorBody.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The till's clock against the server's, from every answer (status bar). */
    public ClockSkew clockSkew() {
        return skew;
    }

    private HttpPost post(String path, String json) {
        HttpPost p = new HttpPost(base.resolve(base.getPath() + path));
        p.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return withHeaders(p);
    }

    private <T extends HttpUriRequestBase> T withHeaders(T r) {
        r.setHeader(ProtocolVersion.HEADER, String.valueOf(ProtocolVersion.CURRENT));
        r.setHeader("Accept", "application/json");
        tokens.accessToken().ifPresent(t -> r.setHeader("Authorization", "Bearer " + t));
        return r;
    }

    private CloudResponse exchange(HttpUriRequestBase request) throws IOException {
        return http.exchange(request, tokens.accessToken());
    }

    @Override
    public void close() {
        http.close();
    }
}
