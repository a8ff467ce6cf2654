package shopdesk.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.AUTH_TOKEN;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.Json;
import shopdesk.protocol.Outcome;
import shopdesk.protocol.RefreshRequest;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.testing.Api;
import shopdesk.server.testing.Entries;
import shopdesk.server.testing.ServerTestBase;

/** Login, refresh rotation, logout, and every way a token is refused (401), over real HTTP. */
public abstract class AbstractAuthTest extends ServerTestBase {

    private Api.Response pull(String token) {
        return api.get("/api/v1/sync/pull", token);
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, Json.gson().toJson(new RefreshRequest(refreshToken)));
    }

    @Test
    void loginIssuesSevenAndThirtyDayTokensAndTheUsersPasswordHashForOfflineLogin() {
        Shop shop = newShop();
        TokenResponse t = api.loginOk(shop.cashierName(), PASSWORD, "T1"); // the device's code works as well as its id

        long now = clock.millis();
        assertThat(t.accessExpiresAt()).isEqualTo(now + Duration.ofDays(7).toMillis());
        assertThat(t.refreshExpiresAt()).isEqualTo(now + Duration.ofDays(30).toMillis());
        assertThat(t.user().role()).isEqualTo("CASHIER");
        assertThat(t.user().shopId()).isEqualTo(shop.id());
        assertThat(t.user().deviceId()).isEqualTo(shop.deviceId());
        assertThat(PasswordHasher.verify(PASSWORD.toCharArray(), t.user().passwordHash())).isTrue();
        assertThat(pull(t.accessToken()).status()).isEqualTo(200);
        // only hashes are stored
        assertThat(server.database().dsl().fetchExists(AUTH_TOKEN, AUTH_TOKEN.TOKEN_HASH.eq(t.accessToken()))).isFalse();
    }

    @Test
    void aWrongPasswordUnknownUserOrOtherShopsDeviceIsRefused() {
        Shop shop = newShop();
        Shop other = newShop();
        assertThat(api.login(shop.cashierName(), "wrong", shop.deviceId()).error().code()).isEqualTo(ErrorCodes.LOGIN_FAILED);
        assertThat(api.login("nobody-at-all", PASSWORD, shop.deviceId()).status()).isEqualTo(401);
        Api.Response foreignDevice = api.login(shop.cashierName(), PASSWORD, other.deviceId());
        assertThat(foreignDevice.status()).isEqualTo(403);
        assertThat(foreignDevice.error().code()).isEqualTo(ErrorCodes.FORBIDDEN);
    }

    @Test
    void missingMalformedAndUnknownTokensAreRefused() {
        assertThat(pull(null).error().code()).isEqualTo(ErrorCodes.UNAUTHENTICATED);
        assertThat(pull(null).status()).isEqualTo(401);
        Api.Response basic = api.sendWithAuthorization("GET", "/api/v1/sync/pull", "Basic dXNlcjpwdw==", null, "1");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.error().code()).isEqualTo(ErrorCodes.TOKEN_INVALID);
        Api.Response empty = api.sendWithAuthorization("GET", "/api/v1/sync/pull", "Bearer    ", null, "1");
        assertThat(empty.status()).isEqualTo(401);
        Api.Response garbage = pull("not-a-token-we-issued");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.error().code()).isEqualTo(ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void aRefreshTokenIsNotAnAccessToken() {
        Shop shop = newShop();
        Api.Response r = pull(shop.cashier().refreshToken());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.TOKEN_INVALID);
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndRefreshGivesANewOne() {
        Shop shop = newShop();
        TokenResponse t = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());
        clock.advance(Duration.ofDays(7).plusSeconds(1));

        Api.Response expired = pull(t.accessToken());
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error().code()).isEqualTo(ErrorCodes.TOKEN_EXPIRED);

        TokenResponse fresh = refresh(t.refreshToken()).as(TokenResponse.class);
        assertThat(pull(fresh.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void anExpiredRefreshTokenMeansLoggingInAgain() {
        Shop shop = newShop();
        TokenResponse t = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        Api.Response r = refresh(t.refreshToken());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.TOKEN_EXPIRED);
    }

    @Test
    void refreshRotatesAndReusingARotatedRefreshTokenRevokesTheWholeLogin() {
        Shop shop = newShop();
        TokenResponse first = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());

        Api.Response rotated = refresh(first.refreshToken());
        assertThat(rotated.status()).isEqualTo(200);
        TokenResponse second = rotated.as(TokenResponse.class);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(pull(second.accessToken()).status()).isEqualTo(200);
        assertThat(pull(first.accessToken()).error().code()).isEqualTo(ErrorCodes.TOKEN_REVOKED);

        Api.Response reuse = refresh(first.refreshToken());
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.error().code()).isEqualTo(ErrorCodes.TOKEN_REVOKED);
        assertThat(pull(second.accessToken()).error().code()).isEqualTo(ErrorCodes.TOKEN_REVOKED);
        assertThat(refresh(second.refreshToken()).status()).isEqualTo(401);
        // other logins of the same user are untouched
        assertThat(pull(shop.cashier().accessToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheLoginsTokens() {
        Shop shop = newShop();
        TokenResponse t = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());
        Api.Response out = api.post("/api/v1/auth/logout", null, Json.gson().toJson(new RefreshRequest(t.refreshToken())));
        assertThat(out.status()).isEqualTo(204);

        Api.Response revoked = pull(t.accessToken());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.error().code()).isEqualTo(ErrorCodes.TOKEN_REVOKED);
        assertThat(refresh(t.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void logoutWithTheAccessTokenAloneWorksToo() {
        Shop shop = newShop();
        TokenResponse t = api.loginOk(shop.cashierName(), PASSWORD, shop.deviceId());
        assertThat(api.post("/api/v1/auth/logout", t.accessToken(), null).status()).isEqualTo(204);
        assertThat(pull(t.accessToken()).error().code()).isEqualTo(ErrorCodes.TOKEN_REVOKED);
    }

    @Test
    void aDisabledUserIsRefusedOnTheNextRequest() {
        Shop shop = newShop();
        admin.disableUser(shop.cashierId());
        Api.Response r = pull(shop.cashier().accessToken());
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.error().code()).isEqualTo(ErrorCodes.USER_DISABLED);
        assertThat(api.login(shop.cashierName(), PASSWORD, shop.deviceId()).status()).isEqualTo(401);
        assertThat(refresh(shop.cashier().refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void aDemotedSupervisorLosesOverridesAtOnce() {
        Shop shop = newShop();
        String p = product(shop, "X", 100, 0, 0);
        admin.changeRole(shop.supervisorId(), Role.CASHIER);
        var r = api.pushOk(shop.supervisor().accessToken(), shop.deviceId(), Entries.createBill(
                Entries.bill(shop.deviceId(), shop.cashierId(), 1, shop.supervisorId(), new Entries.Line(p, 1, 100, 0))));
        assertThat(r.results().get(0).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(r.results().get(0).rejected().code()).isEqualTo(shopdesk.protocol.RejectCodes.FORBIDDEN_ROLE);
        assertThat(admin.stockLevel(shop.id(), p)).isZero();
    }
}
