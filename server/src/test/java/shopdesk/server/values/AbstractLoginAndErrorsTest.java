package shopdesk.server.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.AUDIT_LOG;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ErrorBody;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.Json;
import shopdesk.protocol.LoginRequest;
import shopdesk.protocol.PushEntry;
import shopdesk.server.ServerConfig;
import shopdesk.server.auth.AuthService;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/**
 * Login hardening and plain error bodies over real HTTP: throttling per username and per address, the same work
 * for unknown users, case-insensitive usernames, the admin command's rules, no raw control characters in logs, no
 * library or SQL text in error bodies, 405 for a wrong method. Refused requests leave the database unchanged.
 */
public abstract class AbstractLoginAndErrorsTest extends ServerTestBase {
    /** Enough work per hash that hashing, not the lookup, dominates a login (the timing probe needs that). */
    private static final int ITERATIONS = 100_000;

    @Override
    protected ServerConfig configure(ServerConfig config) {
        return config.withPasswordIterations(ITERATIONS);
    }

    /** Every throttle of this server forgets what a test did: the next test starts with a clean slate. */
    @AfterEach
    void letLockoutsExpire() {
        clock.advance(Duration.ofHours(1));
    }

    private DatabaseState state() {
        return DatabaseState.of(server.database().dsl());
    }

    private static void assertPlain(Api.Response r) {
        assertThat(r.body()).doesNotContain("com.google", "gson", "Gson", "MalformedJson", "Troubleshooting", "java.",
                "Exception", "SQL", "select ", "insert ", "jooq", "org.h2", "postgresql", "javalin", "jetty");
        assertThat(r.error().code()).isNotBlank();
    }

    // ---- throttling

    @Test
    void failedLoginsForOneUsernameGrowADelayThenLockItOutAndTheLockoutIsAudited() {
        Shop shop = newShop();
        for (int i = 1; i <= 3; i++) {
            assertThat(api.login(shop.cashierName(), "wrong-" + i, "T1").error().code()).isEqualTo(ErrorCodes.LOGIN_FAILED);
        }
        assertThat(api.login(shop.cashierName(), "wrong-4", "T1").status()).isEqualTo(401); // the first to cost a wait
        DatabaseState before = state();
        Api.Response waiting = api.login(shop.cashierName(), PASSWORD, "T1");
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.error().code()).isEqualTo(ErrorCodes.LOGIN_THROTTLED);
        assertThat(state()).as("not even the right password gets in while waiting").isEqualTo(before);

        for (int i = 5; i <= 10; i++) {
            clock.advance(Duration.ofMinutes(2));
            assertThat(api.login(shop.cashierName(), "wrong-" + i, "T1").status()).isEqualTo(401);
        }
        assertThat(server.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.USER_LOCKED_OUT.code()),
                AUDIT_LOG.USER_ID.eq(shop.cashierId()))).isEqualTo(1);
        clock.advance(Duration.ofMinutes(14));
        Api.Response locked = api.login(shop.cashierName().toUpperCase(), PASSWORD, "T1");
        assertThat(locked.status()).as("the lockout holds for any spelling of the name").isEqualTo(429);
        assertThat(locked.error().message()).contains("try again in");

        clock.advance(Duration.ofMinutes(2));
        assertThat(api.login(shop.cashierName(), PASSWORD, "T1").status()).isEqualTo(200);
    }

    @Test
    void aThrottledLoginAnswersRetryAfter() {
        Shop shop = newShop();
        for (int i = 1; i <= 4; i++) api.login(shop.supervisorName(), "nope-" + i, "T1");
        java.net.http.HttpResponse<String> raw = rawLogin(shop.supervisorName(), PASSWORD);
        assertThat(raw.statusCode()).isEqualTo(429);
        assertThat(raw.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void failedLoginsFromOneAddressAcrossManyUsernamesAreThrottled() {
        Shop shop = newShop();
        for (int i = 1; i <= 11; i++) {
            assertThat(api.login("nobody-" + i + "-" + shop.id(), "guess", "T1").status()).isEqualTo(401);
        }
        DatabaseState before = state();
        Api.Response r = api.login(shop.cashierName(), PASSWORD, "T1");
        assertThat(r.status()).as("a user who did nothing wrong waits too: the address is guessing").isEqualTo(429);
        assertThat(state()).isEqualTo(before);
        clock.advance(Duration.ofSeconds(2));
        assertThat(api.login(shop.cashierName(), PASSWORD, "T1").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUsernameCostsTheSameHashingAsAKnownOne() {
        Shop shop = newShop();
        long known = roundsFor(() -> refusedLogin(shop.cashierName()));
        long unknown = roundsFor(() -> refusedLogin("no-such-user-" + shop.id()));
        assertThat(known).as("a wrong password is checked with the stored hash's work").isGreaterThan(0);
        assertThat(unknown).as("an unknown name costs the same key derivation (counted, not timed)").isEqualTo(known);
    }

    private void refusedLogin(String username) {
        assertThat(api.login(username, "wrong-password", "T1").error().code()).isEqualTo(ErrorCodes.LOGIN_FAILED);
        clock.advance(Duration.ofMinutes(20)); // past any delay or lockout: every try is a real password check
    }

    private static long roundsFor(Runnable login) {
        long before = shopdesk.dal.user.PasswordHasher.roundsComputed();
        login.run();
        return shopdesk.dal.user.PasswordHasher.roundsComputed() - before;
    }

    // ---- usernames and the admin command

    @Test
    void aMixedCaseUsernameIsOneLowerCaseUserForEverySpelling() {
        Shop shop = newShop();
        String id = admin.createUser(shop.id(), "Priya.K-" + shop.id().substring(0, 6), "Priya", PASSWORD, Role.CASHIER);
        String stored = server.database().dsl().select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(id))
                .fetchOne(APP_USER.USERNAME);
        assertThat(stored).isEqualTo(stored.toLowerCase());
        assertThat(api.loginOk(stored.toUpperCase(), PASSWORD, "T1").user().username()).isEqualTo(stored);
        assertThat(api.loginOk(" " + stored + " ", PASSWORD, "T1").user().id()).isEqualTo(id);
    }

    @Test
    void theAdminCommandRefusesAUsernameThatDiffersOnlyInCase() {
        Shop shop = newShop();
        DatabaseState before = state();
        assertThatThrownBy(() -> admin.createUser(shop.id(), shop.cashierName().toUpperCase(), "Twin", PASSWORD, Role.ADMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taken");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theAdminCommandAppliesTheTillsPasswordAndUsernameRules() {
        Shop shop = newShop();
        int users = server.database().dsl().fetchCount(APP_USER);
        assertThatThrownBy(() -> admin.createUser(shop.id(), "shorty", "Shorty", "abc", Role.CASHIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 6");
        assertThatThrownBy(() -> admin.createUser(shop.id(), "two words", "Two", PASSWORD, Role.CASHIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> admin.createUser(shop.id(), "evil\r\nroot", "Evil", PASSWORD, Role.CASHIER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.database().dsl().fetchCount(APP_USER)).isEqualTo(users);
    }

    @Test
    void aUsernameWithLineBreaksIsNeverWrittenRawIntoTheLog() {
        Logger log = (Logger) LoggerFactory.getLogger(AuthService.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        Level level = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(seen);
        try {
            Api.Response r = api.login("alice\r\n2026-01-05 INFO Login accepted for 'root'\u0000", "x", "T1");
            assertThat(r.status()).isEqualTo(401);
        } finally {
            log.detachAppender(seen);
            log.setLevel(level);
        }
        assertThat(seen.list).isNotEmpty();
        assertThat(seen.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain("\r", "\n", "\u0000"));
    }

    @Test
    void aNulInTheUsernameOrDeviceIsAnOrdinaryRefusalNotAServerError() {
        Shop shop = newShop();
        DatabaseState before = state();
        assertThat(api.login("admin\u0000", PASSWORD, "T1").status()).isEqualTo(401);
        Api.Response r = api.login(shop.cashierName(), PASSWORD, "T1\u0000");
        assertThat(r.status()).isEqualTo(400);
        assertPlain(r);
        assertThat(state()).isEqualTo(before);
    }

    // ---- error bodies and methods

    @Test
    void malformedJsonIsAPlain400() {
        for (String body : List.of("{\"username\": ", "{\"a\":1}}", "[1,2]", "{'single':'quotes'}", "nul", "{\"a\":\"\\uZZZZ\"}")) {
            Api.Response r = api.post("/api/v1/auth/login", null, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.error().code()).isEqualTo(ErrorCodes.MALFORMED_JSON);
            assertPlain(r);
        }
    }

    @Test
    void aPushBodyOfTheWrongShapeIsAPlain400() {
        Shop shop = newShop();
        DatabaseState before = state();
        Api.Response r = api.post("/api/v1/sync/push", shop.cashier().accessToken(),
                "{\"deviceId\":\"" + shop.deviceId() + "\",\"entries\":\"all of them\"}");
        assertThat(r.status()).isEqualTo(400);
        assertPlain(r);
        assertThat(r.error().message()).contains("entries");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anEnvelopeNumberBeyondALongIsRefusedNotWrapped() {
        Shop shop = newShop();
        String p = product(shop, "ENV", 100, 0, 5);
        PushEntry e = Entries.receive(p, 1);
        String body = Json.gson().toJson(new shopdesk.protocol.PushRequest(shop.deviceId(), List.of(e)))
                .replace("\"streamSeq\":1", "\"streamSeq\":" + BigInteger.TWO.pow(64).add(BigInteger.valueOf(1)));
        DatabaseState before = state();
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.MALFORMED_JSON);
        assertThat(r.error().message()).contains("streamSeq");
        assertPlain(r);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aFractionalBaseVersionIsRefusedNotTruncated() {
        Shop shop = newShop();
        String p = product(shop, "FRAC", 100, 0, 5);
        PushEntry e = Entries.updateProduct(p, "FRAC", "Fraction", 200, 0, 1);
        String body = Json.gson().toJson(new shopdesk.protocol.PushRequest(shop.deviceId(), List.of(e)))
                .replace("\"baseVersion\":1", "\"baseVersion\":1.5");
        DatabaseState before = state();
        Api.Response r = api.post("/api/v1/sync/push", shop.supervisor().accessToken(), body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error().message()).contains("baseVersion");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aWrongMethodIs405WithAJsonError() {
        Shop shop = newShop();
        for (String[] call : new String[][] {{"GET", "/api/v1/auth/login"}, {"PUT", "/api/v1/sync/push"},
                {"DELETE", "/api/v1/sync/pull"}, {"POST", "/health"}, {"PATCH", "/api/v1/auth/refresh"}}) {
            Api.Response r = api.send(call[0], call[1], shop.cashier().accessToken(), call[0].equals("GET") ? null : "{}", "1");
            assertThat(r.status()).as(call[0] + " " + call[1]).isEqualTo(405);
            ErrorBody error = r.error();
            assertThat(error.code()).isEqualTo(ErrorCodes.METHOD_NOT_ALLOWED);
            assertPlain(r);
        }
    }

    @Test
    void anUnknownPathIsAJson404() {
        Api.Response r = api.get("/api/v1/nothing-here", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.NOT_FOUND);
    }

    private java.net.http.HttpResponse<String> rawLogin(String username, String password) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.baseUrl() + "/api/v1/auth/login"))
                    .header(shopdesk.protocol.ProtocolVersion.HEADER, Integer.toString(shopdesk.protocol.ProtocolVersion.CURRENT))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.gson().toJson(new LoginRequest(username, password, "T1"))))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
