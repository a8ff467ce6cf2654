package shopdesk.dal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.shop.ShopSetup;

/**
 * A till's data folder may sit under "C:\Users\Anjali Rao\AppData\Local" or a home folder named in Hindi: the
 * database, its backup and its restore work in folders with spaces and non-ASCII characters.
 */
class UnusualPathsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Shop Desk data", "दुकान डेटा", "Café Ünïcode ₹"})
    void aTillDatabaseOpensBacksUpAndRestoresThere(String folder) throws Exception {
        Path data = Files.createDirectories(dir.resolve(folder).resolve("till data"));
        Path file = data.resolve("till.db");
        BackupStore backups = new BackupStore(data.resolve("backups"), Duration.ofDays(7), Clock.systemUTC());
        Backup backup;
        try (Database db = Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL))) {
            new ShopSetup(db, Clock.systemUTC()).ensureShop("s1", "दुकान");
            backup = backups.backup(db);
        }
        assertThat(backups.list()).hasSize(1);
        Files.delete(file);
        backups.restore(backup, file);
        try (Database db = Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL))) {
            assertThat(db.dsl().fetchValue("select \"name\" from \"shop\" where \"id\" = 's1'")).isEqualTo("दुकान");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shop Desk data", "दुकान डेटा"})
    void anH2TillOpensThereToo(String folder) throws Exception {
        Path data = Files.createDirectories(dir.resolve(folder));
        try (Database db = Database.open(DatabaseConfig.h2(data.resolve("till"), SchemaContext.TILL))) {
            new ShopSetup(db, Clock.systemUTC()).ensureShop("s1", "Corner Shop");
        }
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("till"));
    }
}
