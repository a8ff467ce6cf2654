package shopdesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;

class ServerConfigTest {
    @Test
    void defaultsToAnH2FileOnPort8080WithSevenAndThirtyDayTokens() {
        ServerConfig c = ServerConfig.from(Config.of(Map.of()));
        assertThat(c.database().dialect()).isEqualTo(Dialect.H2);
        assertThat(c.database().jdbcUrl()).startsWith("jdbc:h2:file:./data/cloud;AUTO_SERVER=TRUE");
        assertThat(c.database().context()).isEqualTo(SchemaContext.CLOUD);
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.accessTokenTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(c.refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void everyKeyIsOverridable() {
        ServerConfig c = ServerConfig.from(Config.of(Map.of("db.dialect", "postgres",
                "db.url", "jdbc:postgresql://db:5432/shopdesk", "server.port", "9090", "server.push.max-entries", "50")));
        assertThat(c.database().dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.maxPushEntries()).isEqualTo(50);
    }

    @Test
    void aWrongValueNamesTheKeyAndWhatItAccepts() {
        assertThatThrownBy(() -> ServerConfig.from(Config.of(Map.of("server.port", "eighty"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("server.port").hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> ServerConfig.from(Config.of(Map.of("db.dialect", "sqlite"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("h2 | postgres");
        assertThatThrownBy(() -> ServerConfig.from(Config.of(Map.of("db.dialect", "postgres"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("db.url");
    }
}
