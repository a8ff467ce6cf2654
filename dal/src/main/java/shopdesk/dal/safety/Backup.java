package shopdesk.dal.safety;

import java.nio.file.Path;

/** One backup file and when it was taken (UTC epoch millis, from its name). */
public record Backup(Path file, long takenAt, long sizeBytes) {
}
