package shopdesk.dal.common;

import java.util.Locale;
import shopdesk.dal.error.ValidationException;

/** Input checks shared by the services. SQLite does not enforce varchar lengths, so we do it here for all engines. */
public final class Text {
    private Text() {
    }

    public static String required(String field, String value, int maxLength, String label) {
        if (value == null || value.isBlank()) throw new ValidationException(field, "Enter " + label);
        return optional(field, value, maxLength, label);
    }

    /** Trimmed, null when blank. */
    public static String optional(String field, String value, int maxLength, String label) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1)
                    + " is too long (at most " + maxLength + " characters)");
        }
        return v;
    }

    /** The folded form kept in *_search columns, so search is case-insensitive beyond ASCII on every engine. */
    public static String searchKey(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern for "contains", with the engine-neutral escape character '!'. */
    public static String containsPattern(String query) {
        String q = searchKey(query).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + q + "%";
    }
}
