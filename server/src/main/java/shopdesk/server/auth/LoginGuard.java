package shopdesk.server.auth;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.db.tables.records.AppUserRecord;
import shopdesk.protocol.ErrorCodes;
import shopdesk.server.audit.AuditTrail;
import shopdesk.server.http.ApiException;

/**
 * Guessing passwords made slow: failed logins throttled per username and per address ({@link LoginThrottle}), and a
 * lockout written to the audit trail when it begins.
 */
final class LoginGuard {
    /** Under the login service's name, where operators look for refused logins. */
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    private final Database db;
    private final Clock clock;
    private final LoginThrottle byUsername;
    private final LoginThrottle byAddress;

    LoginGuard(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.byUsername = new LoginThrottle(clock, LoginThrottle.PER_USERNAME);
        this.byAddress = new LoginThrottle(clock, LoginThrottle.PER_ADDRESS);
    }

    /** 429 LOGIN_THROTTLED while the username or the address must wait; the password is not checked then. */
    void admit(String name, String address) {
        long wait = Math.max(byUsername.waitMillis(name), byAddress.waitMillis(address));
        if (wait > 0) {
            throw ApiException.tooManyRequests(ErrorCodes.LOGIN_THROTTLED, "Too many failed logins; try again in "
                    + seconds(wait) + " seconds", seconds(wait));
        }
    }

    void succeeded(String name, String address) {
        byUsername.succeeded(name);
        byAddress.succeeded(address);
    }

    /** Counts a refused login; a lockout that begins is logged and audited (the user's shop, when known). */
    void refused(String typed, String name, String address, AppUserRecord user) {
        LOG.info("Login refused for '{}' from {}", Text.forLog(typed), Text.forLog(address));
        boolean userLocked = byUsername.failed(name).lockedOut();
        boolean addressLocked = byAddress.failed(address).lockedOut();
        if (!userLocked && !addressLocked) return;
        String what = userLocked ? "username '" + Text.forLog(name) + "'" : "address " + Text.forLog(address);
        LOG.warn("Logins locked out for {} after repeated failures", what);
        db.runInTransaction(tx -> AuditTrail.write(tx, clock.millis(), user == null ? null : user.getShopId(),
                user == null ? null : user.getId(), AuditAction.USER_LOCKED_OUT, "login",
                truncate(userLocked ? name : address, 120), "Too many failed logins for " + truncate(what, 300),
                "address " + Text.forLog(address)));
    }

    private static long seconds(long millis) {
        return (millis + 999) / 1000;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
