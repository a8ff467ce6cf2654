package shopdesk.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalHealthWatchTest {
    @Test
    void warnsOfLowDiskBeforeWritesFailAndOfFailedBackupsAndClearsWhenFixed() {
        AtomicLong free = new AtomicLong(10L * 1024 * 1024 * 1024);
        List<String> shown = new ArrayList<>();
        LocalHealthWatch watch = new LocalHealthWatch(Path.of("."), 200L * 1024 * 1024, free::get, shown::add);
        assertThat(watch.check()).isEmpty();
        free.set(50L * 1024 * 1024);
        assertThat(watch.check()).contains("Disk space is low: 50 MB free");
        free.set(10L * 1024 * 1024 * 1024);
        watch.backupProblem("The daily backup failed: disk I/O error");
        assertThat(shown).last().isEqualTo("The daily backup failed: disk I/O error");
        watch.backupProblem("");
        assertThat(shown).last().isEqualTo("");
    }
}
