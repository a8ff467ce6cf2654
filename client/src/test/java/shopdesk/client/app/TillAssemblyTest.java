package shopdesk.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.safety.RestoreDecision;
import shopdesk.dal.user.PasswordHasher;

/** A till starts from its composition root alone, with no display: set up, restarted, logged in to. */
class TillAssemblyTest {
    @TempDir
    Path dir;

    private TillAssembly assembly() {
        return new TillAssembly(Config.of(Map.of("db.dialect", "sqlite")), dir, Clock.systemUTC(), new PasswordHasher(1000),
                (db, identity, config, users, clock) -> new StandaloneBackend());
    }

    private UiPrefs prefs() {
        return new UiPrefs(dir.resolve("ui.properties"));
    }

    @Test
    void aStandaloneTillIsSetUpStartedAndFoundAgainAfterARestart() {
        try (TillAssembly first = assembly()) {
            Database db = first.openDatabase(prefs(), RestoreDecision.NEVER, problem -> { });
            assertThat(first.savedIdentity()).isEmpty();
            assertThat(first.scheduledBackups()).isPresent();
            TillIdentity id = first.firstRun(db).standalone("Corner Shop", "admin", "secret1".toCharArray()).orElseThrow();
            try (Till till = first.startTill(db, id, prefs())) {
                TillPorts ports = first.ports(till);
                assertThat(ports.shopLine()).isEqualTo("Corner Shop - till T1 (standalone)");
                assertThat(Files.isDirectory(ports.pdfFolder())).isTrue();
            }
        }
        try (TillAssembly again = assembly()) {
            Database db = again.openDatabase(prefs(), RestoreDecision.NEVER, problem -> { });
            TillIdentity id = again.savedIdentity().orElseThrow();
            try (Till till = again.startTill(db, id, prefs())) {
                assertThat(till.auth().login("admin", "secret1".toCharArray()).label()).contains("admin");
            }
        }
    }
}
