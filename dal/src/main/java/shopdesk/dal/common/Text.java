package shopdesk.dal.common;

import java.util.Locale;
import shopdesk.dal.error.ErrorText;
import shopdesk.dal.error.Localizable;
import shopdesk.dal.error.ValidationException;

/** Input checks shared by the services. SQLite does not enforce varchar lengths, so we do it here for all engines. */
public final class Text {
    private Text() {
    }

    public static String required(String field, String value, int maxLength, ErrorText label) {
        if (isVisiblyEmpty(value)) throw new ValidationException(field, ErrorText.TEXT_REQUIRED, label);
        return optional(field, value, maxLength, label);
    }

    /** Trimmed, null when blank or made only of invisible characters; a control character is refused. */
    public static String optional(String field, String value, int maxLength, ErrorText label) {
        if (isVisiblyEmpty(value)) return null;
        if (hasControlCharacter(value)) {
            throw new ValidationException(field, ErrorText.TEXT_CONTROL, Localizable.capitalized(label));
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new ValidationException(field, ErrorText.TEXT_TOO_LONG, Localizable.capitalized(label), maxLength);
        }
        return v;
    }

    /** True for a NUL, a line break, a tab or any other control character (Unicode category Cc). */
    public static boolean hasControlCharacter(String value) {
        return value != null && value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** True when nothing visible remains after removing spaces, controls and format characters (zero-width space, BOM). */
    public static boolean isVisiblyEmpty(String value) {
        return value == null || value.codePoints().allMatch(Text::isInvisible);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT
                || c == 0x3164 || c == 0x115F || c == 0x1160 || c == 0xFFA0; // Hangul fillers render as nothing
    }

    /** The text with line breaks and other control characters escaped, shortened: safe to write into a one-line log record. */
    public static String forLog(String value) {
        if (value == null) return "null";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 200; i++) {
            char c = value.charAt(i);
            if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", (int) c));
            } else out.append(c);
        }
        return out.length() >= 200 ? out + "..." : out.toString();
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
