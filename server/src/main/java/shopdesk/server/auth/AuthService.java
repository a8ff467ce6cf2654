package shopdesk.server.auth;

import static shopdesk.db.Tables.APP_USER;
import static shopdesk.db.Tables.AUTH_TOKEN;
import static shopdesk.db.Tables.DEVICE;

import java.time.Clock;
import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.bill.ShopSaleTerms;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.user.Credentials;
import shopdesk.dal.user.PasswordHasher;
import shopdesk.dal.user.Role;
import shopdesk.db.tables.records.AppUserRecord;
import shopdesk.db.tables.records.AuthTokenRecord;
import shopdesk.db.tables.records.DeviceRecord;
import shopdesk.protocol.ErrorCodes;
import shopdesk.protocol.LoginRequest;
import shopdesk.protocol.TokenResponse;
import shopdesk.server.authz.ApprovalKeys;
import shopdesk.server.http.ApiException;

/**
 * Logins and tokens. An access token (7 days) and a refresh token (30 days) are issued together as one
 * "family". Refreshing rotates: the used refresh token and the family's older access tokens are revoked and a
 * new pair is issued; presenting an already rotated refresh token again means it leaked, so the whole family
 * is revoked. Every authenticated request re-reads the user, so a disabled or demoted user is refused or
 * downgraded at once. All times come from the injected clock.
 */
public final class AuthService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    static final String ACCESS = "ACCESS";
    static final String REFRESH = "REFRESH";

    private final Database db;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final String dummyHash;
    private final LoginGuard guard;
    private final SaleRules saleDefaults;

    public AuthService(Database db, Clock clock, Duration accessTtl, Duration refreshTtl, PasswordHasher hasher) {
        this(db, clock, accessTtl, refreshTtl, hasher, SaleRules.DEFAULT);
    }

    /** @param saleDefaults the server's configured selling terms, for a shop without its own (shop_sale_terms) */
    public AuthService(Database db, Clock clock, Duration accessTtl, Duration refreshTtl, PasswordHasher hasher,
                       SaleRules saleDefaults) {
        this.saleDefaults = saleDefaults;
        this.db = db;
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.dummyHash = hasher.dummyHash();
        this.guard = new LoginGuard(db, clock);
    }

    /**
     * A login from {@code address}. Usernames compare case-insensitively. Throttled per username and per address
     * (429 LOGIN_THROTTLED while a key must wait, without checking the password); an unknown or disabled user
     * costs the same password hashing as a known one.
     */
    public TokenResponse login(LoginRequest request, String address) {
        String name = Credentials.lookupKey(request.username());
        guard.admit(name, address);
        // no stored username holds a control character (PostgreSQL would even refuse a NUL in the query)
        AppUserRecord user = Text.hasControlCharacter(name) ? null
                : db.dsl().selectFrom(APP_USER).where(DSL.lower(APP_USER.USERNAME).eq(name)).limit(1).fetchOne();
        boolean matches = PasswordHasher.verify(request.password().toCharArray(),
                user == null ? dummyHash : user.getPasswordHash());
        // one answer for unknown user, wrong password and disabled user: the caller learns nothing about which
        if (user == null || user.getDisabledAt() != null || !matches) {
            guard.refused(request.username(), name, address, user);
            throw ApiException.unauthorized(ErrorCodes.LOGIN_FAILED, "Wrong username or password, or the user is disabled");
        }
        guard.succeeded(name, address);
        DeviceRecord device = findDevice(user.getShopId(), request.deviceId());
        return db.inTransaction(tx -> {
            return issue(tx, user, device.getId(), Ids.newId());
        });
    }

    public TokenResponse refresh(String refreshToken) {
        long now = clock.millis();
        AuthTokenRecord token = db.dsl().selectFrom(AUTH_TOKEN)
                .where(AUTH_TOKEN.TOKEN_HASH.eq(TokenHashing.hash(refreshToken)), AUTH_TOKEN.KIND.eq(REFRESH)).fetchOne();
        if (token == null) throw ApiException.unauthorized(ErrorCodes.TOKEN_INVALID, "Unknown refresh token");
        if (token.getRevokedAt() != null) throw reuse(token);
        if (token.getExpiresAt() <= now) {
            throw ApiException.unauthorized(ErrorCodes.TOKEN_EXPIRED, "The refresh token has expired; log in again");
        }
        AppUserRecord user = activeUser(token.getUserId(), token.getShopId());
        TokenResponse issued = db.inTransaction(tx -> {
            // the conditional update is the rotation: of two concurrent refreshes with one token, one wins
            int claimed = tx.update(AUTH_TOKEN).set(AUTH_TOKEN.REVOKED_AT, now)
                    .where(AUTH_TOKEN.TOKEN_HASH.eq(token.getTokenHash()), AUTH_TOKEN.REVOKED_AT.isNull()).execute();
            if (claimed == 0) return null;
            tx.update(AUTH_TOKEN).set(AUTH_TOKEN.REVOKED_AT, now)
                    .where(AUTH_TOKEN.FAMILY_ID.eq(token.getFamilyId()), AUTH_TOKEN.REVOKED_AT.isNull()).execute();
            return issue(tx, user, token.getDeviceId(), token.getFamilyId());
        });
        if (issued == null) throw reuse(token);
        return issued;
    }

    /** Revokes the whole family of the given refresh or access token; unknown tokens are refused. */
    public void logout(String token) {
        String family = db.dsl().select(AUTH_TOKEN.FAMILY_ID).from(AUTH_TOKEN)
                .where(AUTH_TOKEN.TOKEN_HASH.eq(TokenHashing.hash(token))).fetchOne(AUTH_TOKEN.FAMILY_ID);
        if (family == null) throw ApiException.unauthorized(ErrorCodes.TOKEN_INVALID, "Unknown token");
        revokeFamily(family);
    }

    /** The caller of a request from its {@code Authorization: Bearer} header, or 401 with the precise reason. */
    public Principal authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiException.unauthorized(ErrorCodes.UNAUTHENTICATED, "Log in first: missing Authorization: Bearer <access token>");
        }
        String raw = authorization.trim();
        if (!raw.regionMatches(true, 0, "Bearer ", 0, 7) || raw.substring(7).isBlank()) {
            throw ApiException.unauthorized(ErrorCodes.TOKEN_INVALID, "The Authorization header must be 'Bearer <access token>'");
        }
        Record r = db.dsl().select(AUTH_TOKEN.fields()).select(APP_USER.USERNAME, APP_USER.ROLE, APP_USER.DISABLED_AT,
                        APP_USER.SHOP_ID.as("user_shop"))
                .from(AUTH_TOKEN).leftJoin(APP_USER).on(APP_USER.ID.eq(AUTH_TOKEN.USER_ID))
                .where(AUTH_TOKEN.TOKEN_HASH.eq(TokenHashing.hash(raw.substring(7).trim())), AUTH_TOKEN.KIND.eq(ACCESS))
                .fetchOne();
        if (r == null) throw ApiException.unauthorized(ErrorCodes.TOKEN_INVALID, "Unknown access token");
        if (r.get(AUTH_TOKEN.REVOKED_AT) != null) {
            throw ApiException.unauthorized(ErrorCodes.TOKEN_REVOKED, "The access token was revoked; log in again");
        }
        if (r.get(AUTH_TOKEN.EXPIRES_AT) <= clock.millis()) {
            throw ApiException.unauthorized(ErrorCodes.TOKEN_EXPIRED, "The access token has expired; refresh it");
        }
        if (r.get(APP_USER.USERNAME) == null || r.get(APP_USER.DISABLED_AT) != null
                || !r.get(AUTH_TOKEN.SHOP_ID).equals(r.get("user_shop", String.class))) {
            throw ApiException.unauthorized(ErrorCodes.USER_DISABLED, "This user is disabled");
        }
        return new Principal(r.get(AUTH_TOKEN.USER_ID), r.get(APP_USER.USERNAME), Role.valueOf(r.get(APP_USER.ROLE)),
                r.get(AUTH_TOKEN.SHOP_ID), r.get(AUTH_TOKEN.DEVICE_ID), r.get(AUTH_TOKEN.FAMILY_ID));
    }

    private DeviceRecord findDevice(String shopId, String idOrCode) {
        if (Text.hasControlCharacter(idOrCode)) throw ApiException.invalidField("deviceId", "Unknown device");
        DeviceRecord byId = db.dsl().selectFrom(DEVICE).where(DEVICE.ID.eq(idOrCode)).fetchOne();
        if (byId != null && !byId.getShopId().equals(shopId)) {
            throw ApiException.forbidden("Device " + idOrCode + " belongs to another shop");
        }
        if (byId != null) return byId;
        DeviceRecord byCode = db.dsl().selectFrom(DEVICE).where(DEVICE.SHOP_ID.eq(shopId), DEVICE.CODE.eq(idOrCode)).fetchOne();
        if (byCode == null) {
            throw ApiException.invalidField("deviceId", "Unknown device '" + idOrCode + "' (register it with the admin command)");
        }
        return byCode;
    }

    private AppUserRecord activeUser(String userId, String shopId) {
        AppUserRecord user = db.dsl().selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne();
        if (user == null || user.getDisabledAt() != null || !user.getShopId().equals(shopId)) {
            throw ApiException.unauthorized(ErrorCodes.USER_DISABLED, "This user is disabled");
        }
        return user;
    }

    private ApiException reuse(AuthTokenRecord token) {
        revokeFamily(token.getFamilyId());
        LOG.warn("Reuse of a rotated refresh token of user {} on device {}: the whole login is revoked",
                token.getUserId(), token.getDeviceId());
        return ApiException.unauthorized(ErrorCodes.TOKEN_REVOKED,
                "This refresh token was already used or revoked; every token of this login is now revoked. Log in again");
    }

    private void revokeFamily(String familyId) {
        long now = clock.millis();
        db.runInTransaction(tx -> {
            tx.update(AUTH_TOKEN).set(AUTH_TOKEN.REVOKED_AT, now)
                    .where(AUTH_TOKEN.FAMILY_ID.eq(familyId), AUTH_TOKEN.REVOKED_AT.isNull()).execute();
        });
    }

    private TokenResponse issue(DSLContext tx, AppUserRecord user, String deviceId, String familyId) {
        long now = clock.millis();
        String access = TokenHashing.newToken();
        String refresh = TokenHashing.newToken();
        long accessExpires = now + accessTtl.toMillis();
        long refreshExpires = now + refreshTtl.toMillis();
        insert(tx, access, ACCESS, user, deviceId, familyId, accessExpires, now);
        insert(tx, refresh, REFRESH, user, deviceId, familyId, refreshExpires, now);
        // passwordHash is deliberate: the till stores it to authenticate this user offline later
        TokenResponse.UserInfo info = new TokenResponse.UserInfo(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getRole(), user.getShopId(), deviceId, user.getPasswordHash());
        TokenResponse.ApprovalKeyGrant approvalKey = ApprovalKeys.issue(tx, user.getShopId(), user.getId(),
                Role.valueOf(user.getRole()), deviceId, now);
        // the shop's discount limit, so the till applies the one the server will re-check, also offline
        TokenResponse.SaleTerms terms = new TokenResponse.SaleTerms(
                ShopSaleTerms.forShop(tx, user.getShopId(), saleDefaults).cashierDiscountLimitBp());
        return new TokenResponse(access, accessExpires, refresh, refreshExpires, info, now, approvalKey, terms);
    }

    private static void insert(DSLContext tx, String token, String kind, AppUserRecord user, String deviceId,
                               String familyId, long expiresAt, long now) {
        tx.insertInto(AUTH_TOKEN)
                .set(AUTH_TOKEN.TOKEN_HASH, TokenHashing.hash(token))
                .set(AUTH_TOKEN.KIND, kind)
                .set(AUTH_TOKEN.USER_ID, user.getId())
                .set(AUTH_TOKEN.SHOP_ID, user.getShopId())
                .set(AUTH_TOKEN.DEVICE_ID, deviceId)
                .set(AUTH_TOKEN.FAMILY_ID, familyId)
                .set(AUTH_TOKEN.EXPIRES_AT, expiresAt)
                .set(AUTH_TOKEN.CREATED_AT, now)
                .execute();
    }
}
