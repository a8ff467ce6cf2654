package shopdesk.dal.user;

import static shopdesk.db.Tables.APP_USER;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import shopdesk.dal.audit.AuditAction;
import shopdesk.dal.audit.AuditLog;
import shopdesk.dal.common.Actor;
import shopdesk.dal.common.Ids;
import shopdesk.dal.common.Text;
import shopdesk.dal.db.Database;
import shopdesk.dal.error.AuthenticationException;
import shopdesk.dal.error.DuplicateException;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.db.tables.records.AppUserRecord;

/**
 * Users and offline authentication against a salted slow hash. Users are not replayed through the
 * SyncQueue: they are managed on the server and cached on a till when they log in online; changes
 * here are written to the audit log instead.
 */
public final class UserService {
    public static final int MIN_PASSWORD_LENGTH = Credentials.MIN_PASSWORD_LENGTH;
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    public UserService(Database db, Clock clock, PasswordHasher hasher) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = new AuditLog(db, clock);
    }

    /** Creates a user; an ADMIN may, or anyone while the shop has no users yet (first run). */
    public User create(Actor actor, NewUser user) {
        boolean firstUser = !db.dsl().fetchExists(APP_USER, APP_USER.SHOP_ID.eq(actor.shopId()));
        if (!firstUser) actor.requireRole(Role.ADMIN, ErrorText.ACTION_CREATE_USER);
        checkPassword("password", user.password());
        return insert(actor, user);
    }

    /** Checks the name, hashes the secret (already checked by the caller's policy) and stores the user, audited. */
    User insert(Actor actor, NewUser user) {
        String username = Credentials.username(user.username());
        String display = Text.required("displayName", user.displayName(), 200, ErrorText.LABEL_PERSON_NAME);
        if (user.role() == null) throw new ValidationException("role", ErrorText.ROLE_MISSING);
        String hash = hasher.hash(user.password());
        String id = Ids.newId();
        long now = clock.millis();
        return db.inTransaction(tx -> {
            if (tx.fetchExists(APP_USER, sameUsername(username))) {
                throw new DuplicateException("username", ErrorText.USERNAME_TAKEN, username);
            }
            tx.insertInto(APP_USER).set(APP_USER.ID, id).set(APP_USER.SHOP_ID, actor.shopId())
                    .set(APP_USER.USERNAME, username).set(APP_USER.DISPLAY_NAME, display)
                    .set(APP_USER.ROLE, user.role().name()).set(APP_USER.PASSWORD_HASH, hash)
                    .set(APP_USER.VERSION, 1L).set(APP_USER.CREATED_AT, now).set(APP_USER.UPDATED_AT, now).execute();
            audit.record(tx, actor.userId() == null ? new Actor(id, user.role(), actor.shopId(), actor.deviceId()) : actor,
                    AuditAction.USER_CREATE, "user", id, null, username + " as " + user.role());
            return tx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOne(UserService::user);
        });
    }

    /** Replaces a user's password hash (the caller checked who may), audited. */
    void storeSecret(Actor actor, String userId, char[] secret) {
        String hash = hasher.hash(secret);
        db.runInTransaction(tx -> {
            int n = tx.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                    .set(APP_USER.UPDATED_AT, clock.millis()).where(APP_USER.ID.eq(userId)).execute();
            if (n == 0) throw new NotFoundException(ErrorText.NOUN_USER, userId);
            audit.record(tx, actor, AuditAction.USER_PASSWORD, "user", userId, null, null);
        });
    }

    /** Disables (or enables again) a user: a disabled user cannot log in, and their old bills keep their name. */
    void storeDisabled(Actor actor, String userId, boolean disabled) {
        long now = clock.millis();
        db.runInTransaction(tx -> {
            int n = tx.update(APP_USER).set(APP_USER.DISABLED_AT, disabled ? (Long) now : null)
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1)).set(APP_USER.UPDATED_AT, now)
                    .where(APP_USER.ID.eq(userId)).execute();
            if (n == 0) throw new NotFoundException(ErrorText.NOUN_USER, userId);
            audit.record(tx, actor, disabled ? AuditAction.USER_DISABLE : AuditAction.USER_ENABLE, "user", userId, null, null);
        });
    }

    /** A user changes their own password (old one required), or an ADMIN resets anyone's (old one ignored). */
    public void changePassword(Actor actor, String userId, char[] oldPassword, char[] newPassword) {
        boolean self = userId.equals(actor.userId());
        if (!self) actor.requireRole(Role.ADMIN, ErrorText.ACTION_CHANGE_OTHERS_PASSWORD);
        checkPassword("newPassword", newPassword);
        AppUserRecord r = db.dsl().selectFrom(APP_USER).where(APP_USER.ID.eq(userId)).fetchOne();
        if (r == null) throw new NotFoundException(ErrorText.NOUN_USER, userId);
        if (self && !PasswordHasher.verify(oldPassword, r.getPasswordHash())) {
            throw new ValidationException("oldPassword", ErrorText.PASSWORD_WRONG);
        }
        storeSecret(actor, userId, newPassword);
    }

    /** Offline login: the same answer for an unknown user, a wrong password and a disabled user. */
    public User authenticate(String username, char[] password) {
        AppUserRecord r = db.dsl().selectFrom(APP_USER).where(sameUsername(Credentials.lookupKey(username)))
                .orderBy(APP_USER.UPDATED_AT.desc()).limit(1).fetchOne();
        // an unknown user costs the same hashing as a known one: the time taken tells nothing
        boolean matches = PasswordHasher.verify(password, r == null ? PasswordHasher.defaultDummyHash() : r.getPasswordHash());
        if (r == null || r.getDisabledAt() != null || !matches) throw new AuthenticationException();
        return user(r);
    }

    /**
     * Runs the login's lookup once for nobody and a one-iteration key derivation: a cold JVM otherwise spends about
     * half a second of the first login loading jOOQ's query classes and the JCE provider. The till calls it in the
     * background while its first window shows. Reads nothing that matters and writes nothing.
     */
    public void warmUpLogin() {
        findByUsername("");
        PasswordHasher.verify(new char[] {'x'}, new PasswordHasher(1).hash(new char[] {'x'}));
    }

    /** Stores (or refreshes) a user the server just authenticated, so they can log in here offline later. */
    public User cacheFromServer(String id, String shopId, String username, String displayName, Role role,
                                String passwordHash) {
        long now = clock.millis();
        String stored = Credentials.lookupKey(username);
        return db.inTransaction(tx -> {
            tx.deleteFrom(APP_USER).where(sameUsername(stored)).and(APP_USER.ID.ne(id)).execute();
            tx.insertInto(APP_USER).set(APP_USER.ID, id).set(APP_USER.SHOP_ID, shopId).set(APP_USER.USERNAME, stored)
                    .set(APP_USER.DISPLAY_NAME, displayName).set(APP_USER.ROLE, role.name())
                    .set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.VERSION, 1L)
                    .set(APP_USER.CREATED_AT, now).set(APP_USER.UPDATED_AT, now)
                    .onConflict(APP_USER.ID).doUpdate()
                    .set(APP_USER.USERNAME, stored).set(APP_USER.DISPLAY_NAME, displayName)
                    .set(APP_USER.ROLE, role.name()).set(APP_USER.PASSWORD_HASH, passwordHash)
                    .set(APP_USER.DISABLED_AT, (Long) null).set(APP_USER.UPDATED_AT, now)
                    .execute();
            return tx.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOne(UserService::user);
        });
    }

    public Optional<User> findById(String id) {
        return db.dsl().selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserService::user);
    }

    public Optional<User> findByUsername(String username) {
        return db.dsl().selectFrom(APP_USER).where(sameUsername(Credentials.lookupKey(username)))
                .orderBy(APP_USER.UPDATED_AT.desc()).limit(1).fetchOptional(UserService::user);
    }

    public List<User> list(String shopId) {
        return db.dsl().selectFrom(APP_USER).where(APP_USER.SHOP_ID.eq(shopId)).orderBy(APP_USER.USERNAME).fetch(UserService::user);
    }

    public boolean hasUsers(String shopId) {
        return db.dsl().fetchExists(APP_USER, APP_USER.SHOP_ID.eq(shopId));
    }

    private static void checkPassword(String field, char[] password) {
        Credentials.checkPassword(field, password);
    }

    /** Rows cached before usernames were stored in lower case may hold capitals: compare case-insensitively. */
    private static org.jooq.Condition sameUsername(String lowerCase) {
        return org.jooq.impl.DSL.lower(APP_USER.USERNAME).eq(lowerCase);
    }

    static User user(AppUserRecord r) {
        return new User(r.getId(), r.getShopId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()),
                r.getDisabledAt() != null, r.getVersion());
    }
}
