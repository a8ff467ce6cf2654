package shopdesk.dal.user;

import java.util.Locale;
import shopdesk.dal.common.Text;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.ValidationException;

/**
 * The one username and password policy of the till and the server's admin command. A username is stored and
 * compared in lower case, so "Asha" and "asha" are one user everywhere, online and offline.
 */
public final class Credentials {
    public static final int MIN_PASSWORD_LENGTH = 6;
    public static final int MAX_USERNAME_LENGTH = 64;
    public static final int MIN_PIN_LENGTH = 4;
    public static final int MAX_PIN_LENGTH = 8;

    private Credentials() {
    }

    /** The stored form of a username a person typed (trimmed, lower case); checked when creating a user. */
    public static String username(String typed) {
        String username = Text.required("username", typed, MAX_USERNAME_LENGTH, ErrorText.LABEL_USERNAME).toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._\\-]+")) {
            throw new ValidationException("username", ErrorText.USERNAME_CHARS);
        }
        return username;
    }

    /** The form to look a typed username up by at login: never refused, so a bad name fails like a wrong one. */
    public static String lookupKey(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A PIN is 4 to 8 digits, quicker to type at a busy counter than a password; it is hashed the same way, but being
     * short it guards less if the till's database is stolen (docs/SECURITY.md).
     */
    public static void checkSecret(String field, TillStaff.Secret kind, char[] secret) {
        if (kind != TillStaff.Secret.PIN) {
            checkPassword(field, secret);
            return;
        }
        boolean digits = secret != null && secret.length >= MIN_PIN_LENGTH && secret.length <= MAX_PIN_LENGTH;
        for (int i = 0; digits && i < secret.length; i++) digits = secret[i] >= '0' && secret[i] <= '9';
        if (!digits) throw new ValidationException(field, ErrorText.PIN_LENGTH, MIN_PIN_LENGTH, MAX_PIN_LENGTH);
    }

    public static void checkPassword(String field, char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new ValidationException(field, ErrorText.PASSWORD_LENGTH, MIN_PASSWORD_LENGTH);
        }
    }
}
