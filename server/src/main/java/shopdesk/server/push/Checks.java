package shopdesk.server.push;

/** Payload field checks that reject the entry (INVALID_PAYLOAD) naming the field. */
public final class Checks {
    private Checks() {
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) throw EntryRefused.invalid(field, "is missing");
        if (value.length() > maxLength) throw EntryRefused.invalid(field, "is longer than " + maxLength + " characters");
        return value;
    }

    public static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > maxLength) throw EntryRefused.invalid(field, "is longer than " + maxLength + " characters");
        return value;
    }

    public static long atLeast(long value, long min, String field) {
        if (value < min) throw EntryRefused.invalid(field, "must be at least " + min + " (was " + value + ")");
        return value;
    }
}
