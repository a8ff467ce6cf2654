package shopdesk.client.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;

class StartOptionsTest {
    @TempDir
    Path dir;

    @Test
    void flagsChooseConfigDataFolderAndOverrideKeys() throws Exception {
        Path cfg = Files.writeString(dir.resolve("till.properties"), "db.dialect=sqlite\n");
        var o = StartOptions.parse(new String[] {"--config", cfg.toString(), "--data-dir", dir.toString(), "--db.dialect=h2"}, Map.of());
        assertThat(o.resolveDataDir(o.config())).isEqualTo(dir.toAbsolutePath());
        var db = DatabaseConfig.from(o.config(), SchemaContext.TILL, dir.resolve("till.db"));
        assertThat(db.dialect()).isEqualTo(Dialect.H2);
    }

    @Test
    void dataLivesInThePlatformsPlaceForApplicationData() {
        Path home = dir.resolve("home");
        assertThat(StartOptions.platformDataDir("Linux", Map.of(), home)).isEqualTo(home.resolve(".shopdesk"));
        Path local = dir.resolve("Local App Data");
        assertThat(StartOptions.platformDataDir("Windows 11", Map.of("LOCALAPPDATA", local.toString()), home))
                .isEqualTo(local.resolve("ShopDesk"));
        assertThat(StartOptions.platformDataDir("Windows 10", Map.of(), home))
                .isEqualTo(home.resolve("AppData").resolve("Local").resolve("ShopDesk"));
    }

    @Test
    void theEnvironmentNamesTheConfigFileAndAMissingOneStopsWithOneLine() {
        assertThatThrownBy(() -> StartOptions.parse(new String[0], Map.of("SHOPDESK_CONFIG", dir.resolve("nope").toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> StartOptions.parse(new String[] {"--bogus"}, Map.of()))
                .hasMessageContaining("Unknown argument '--bogus'").hasMessageContaining("--db.dialect=h2");
    }

    @Test
    void aWrongDialectNamesTheKeyAndTheAcceptedValues() {
        var o = StartOptions.parse(new String[] {"--db.dialect=oracle"}, Map.of());
        assertThatThrownBy(() -> DatabaseConfig.from(o.config(), SchemaContext.TILL, dir.resolve("x")))
                .hasMessageContaining("db.dialect").hasMessageContaining("sqlite | h2 | postgres");
    }

    @Test
    void identityAndWindowPrefsSurviveARestart() {
        new TillIdentity("s1", "Corner Shop", "d1", "T2", "http://127.0.0.1:7070").save(dir.resolve("till.properties"));
        assertThat(TillIdentity.load(dir.resolve("till.properties"))).get()
                .satisfies(i -> assertThat(i.standalone()).isFalse()).extracting(TillIdentity::deviceCode).isEqualTo("T2");
        new UiPrefs(dir.resolve("ui.properties")).setBounds(new Rectangle(10, 20, 1000, 700));
        new UiPrefs(dir.resolve("ui.properties")).setDark(true);
        UiPrefs again = new UiPrefs(dir.resolve("ui.properties"));
        assertThat(again.dark()).isTrue();
        assertThat(again.bounds(null)).isEqualTo(new Rectangle(10, 20, 1000, 700));
    }
}
