package shopdesk.dal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.db.SqliteSynchronous;

class ConfigTest {
    @TempDir Path dir;

    @Test
    void aWrongDialectNamesTheKeyAndTheAcceptedValuesInOneLine() {
        Config cfg = Config.of(Map.of("db.dialect", "mysql"));
        assertThatThrownBy(() -> DatabaseConfig.from(cfg, SchemaContext.TILL, dir.resolve("x.db")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("db.dialect"))
                .hasMessage("Config key 'db.dialect' has value 'mysql' (accepted: sqlite | h2 | postgres)");
    }

    @Test
    void postgresWithoutAUrlNamesTheMissingKey() {
        assertThatThrownBy(() -> DatabaseConfig.from(Config.of(Map.of("db.dialect", "postgres")), SchemaContext.TILL, dir))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("Missing config key 'db.url'")
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> DatabaseConfig.from(Config.of(Map.of("db.dialect", "postgres", "db.url", "localhost")), SchemaContext.TILL, dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'db.url'");
    }

    @Test
    void numbersAndBooleansAreCheckedAgainstTheirRange() {
        Config cfg = Config.of(Map.of("db.pool.size", "0", "flag", "maybe"));
        assertThatThrownBy(() -> cfg.getInt("db.pool.size", 8, 1, 200)).hasMessage("Config key 'db.pool.size' has value '0' (accepted: a whole number from 1 to 200)");
        assertThatThrownBy(() -> cfg.getBoolean("flag", false)).hasMessageContaining("accepted: true, false");
    }

    @Test
    void theFileIsReadAndDefaultsApply() throws Exception {
        Path file = dir.resolve("till.properties");
        Files.writeString(file, "db.dialect = H2\ndb.url=" + dir.resolve("data/till").toString().replace("\\", "/") + "\n");
        DatabaseConfig db = DatabaseConfig.from(Config.load(file, ConfigSide.TILL, Map.of()), SchemaContext.TILL,
                dir.resolve("unused"));
        assertThat(db.dialect()).isEqualTo(Dialect.H2);
        assertThat(db.jdbcUrl()).startsWith("jdbc:h2:file:").endsWith(";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
        assertThat(db.synchronous()).isEqualTo(SqliteSynchronous.FULL);
    }

    @Test
    void tillAndServerReadTheirOwnEnvironmentVariables() {
        assertThat(ConfigSide.TILL.envName("db.sqlite.synchronous")).isEqualTo("SHOPDESK_TILL_DB_SQLITE_SYNCHRONOUS");
        assertThat(ConfigSide.SERVER.envName("db.dialect")).isEqualTo("SHOPDESK_SERVER_DB_DIALECT");
        assertThat(ConfigSide.SERVER.envName("server.port")).isEqualTo("SHOPDESK_SERVER_PORT");

        Map<String, String> serverShell = Map.of("SHOPDESK_SERVER_DB_DIALECT", "postgres");
        assertThat(Config.load(null, ConfigSide.TILL, serverShell).find("db.dialect")).isEmpty();
        assertThat(Config.load(null, ConfigSide.SERVER, serverShell).find("db.dialect")).contains("postgres");
    }

    @Test
    void theSharedLegacyNameStillWorksBelowTheSidesOwn() {
        Map<String, String> env = Map.of("SHOPDESK_DB_DIALECT", "h2", "SHOPDESK_SERVER_PORT", "9090");
        assertThat(Config.load(null, ConfigSide.TILL, env).find("db.dialect")).contains("h2");
        assertThat(Config.load(null, ConfigSide.TILL, Map.of("SHOPDESK_DB_DIALECT", "h2",
                "SHOPDESK_TILL_DB_DIALECT", "sqlite")).find("db.dialect")).contains("sqlite");
        assertThat(Config.load(null, ConfigSide.SERVER, env).find("server.port")).contains("9090");
    }
}
