package shopdesk.outbox.delivery;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP Retry-After header: delta-seconds or an HTTP date (relative to the response's own Date, so the
 *  till's clock is not trusted when the server sent one). */
public final class RetryAfter {
    private static final long MAX_MS = 3_600_000;

    private RetryAfter() {
    }

    /** Milliseconds to wait, 0 when absent or unreadable, at most an hour. */
    public static long millis(String header, String dateHeader, long nowMs) {
        if (header == null || header.isBlank()) return 0;
        String v = header.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) return Math.min(MAX_MS, Long.parseLong(v) * 1000);
            long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            long ref = nowMs;
            if (dateHeader != null) {
                ref = ZonedDateTime.parse(dateHeader.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            }
            return Math.max(0, Math.min(MAX_MS, at - ref));
        } catch (NumberFormatException | DateTimeParseException e) {
            return 0;
        }
    }
}
