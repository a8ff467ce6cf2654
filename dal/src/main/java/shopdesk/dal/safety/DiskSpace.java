package shopdesk.dal.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free space where the till writes, so it can warn before writes start failing. */
public final class DiskSpace {
    private DiskSpace() {
    }

    public record Status(long freeBytes, long warnBelowBytes) {
        public boolean low() {
            return freeBytes < warnBelowBytes;
        }

        public String message() {
            return low() ? "Disk space is low: " + (freeBytes / (1024 * 1024)) + " MB free. Free some space soon, "
                    + "or new bills cannot be saved." : "Disk space is fine.";
        }
    }

    public static Status check(Path anyPathOnTheDisk, long warnBelowBytes) {
        Path p = anyPathOnTheDisk.toAbsolutePath();
        while (p != null && !Files.exists(p)) p = p.getParent();
        try {
            return new Status(Files.getFileStore(p == null ? Path.of(".") : p).getUsableSpace(), warnBelowBytes);
        } catch (IOException e) {
            return new Status(0, warnBelowBytes);
        }
    }
}
