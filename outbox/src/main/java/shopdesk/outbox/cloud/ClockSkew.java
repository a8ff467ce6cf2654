package shopdesk.outbox.cloud;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How far the till's clock is from the server's, measured from every answer's {@code Date} header against the middle
 * of the exchange on the till's clock. The header has whole seconds, so a difference under two seconds counts as none.
 */
public final class ClockSkew {
    private volatile Long offsetMs;

    /** Server time minus till time, in ms; null until an answer with a Date header arrived. */
    public Long offsetMs() {
        return offsetMs;
    }

    public void observe(String dateHeader, long sentAt, long receivedAt) {
        if (dateHeader == null || dateHeader.isBlank()) return;
        try {
            long server = ZonedDateTime.parse(dateHeader.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            long offset = server - (sentAt + (receivedAt - sentAt) / 2);
            offsetMs = Math.abs(offset) < 2_000 ? 0L : offset;
        } catch (DateTimeParseException e) {
            // a garbled header says nothing about the clocks
        }
    }
}
