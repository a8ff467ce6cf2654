package shopdesk.dal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.testing.TillFixture;

/** Settings saved at the till: checked, kept in the database, audited, and ranked against the config. */
public abstract class AbstractSettingsServiceTest {
    @TempDir
    Path dir;
    TillFixture till;
    SettingsService settings;

    protected abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        settings = new SettingsService(till.db, till.clock);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void aFreshTillHasEveryDefault() {
        TillSettings s = settings.current();
        assertThat(s.text(SettingKeys.CURRENCY)).isEqualTo("INR");
        assertThat(s.number(SettingKeys.BACKUP_RETENTION_DAYS)).isEqualTo(14);
        assertThat(s.flag(SettingKeys.TOUCH)).isFalse();
        assertThat(s.values()).containsOnlyKeys(SettingKeys.ALL.stream().map(SettingKey::name).toList());
    }

    @Test
    void aSupervisorsSavedValuesAreReadBackTypedAndNormalizedAndAudited() {
        settings.save(till.supervisor, Map.of("shop.name", "  Sharma Kirana ", "shop.currency", "usd",
                "shop.locale", "EN-US", "backup.retention-days", "30", "ui.touch", "TRUE", "shop.address", "12 MG Road, Pune"));
        TillSettings s = new SettingsService(till.db, till.clock).current();
        assertThat(s.text(SettingKeys.SHOP_NAME)).isEqualTo("Sharma Kirana");
        assertThat(s.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(s.locale().toLanguageTag()).isEqualTo("en-US");
        assertThat(s.number(SettingKeys.BACKUP_RETENTION_DAYS)).isEqualTo(30);
        assertThat(s.flag(SettingKeys.TOUCH)).isTrue();
        assertThat(till.db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("settings.change"))).isEqualTo(6);
        settings.save(till.supervisor, Map.of("shop.name", "Sharma Kirana", "ui.touch", "false"));
        assertThat(till.db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("settings.change"))).isEqualTo(7);
    }

    @Test
    void aRefusedValueChangesNothingAndNamesItsSetting() {
        settings.save(till.supervisor, Map.of("backup.retention-days", "30"));
        assertThatThrownBy(() -> settings.save(till.supervisor, Map.of("backup.retention-days", "7",
                "sync.interval-seconds", "2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("5 to 3600")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("sync.interval-seconds");
        assertThatThrownBy(() -> settings.save(till.supervisor, Map.of("shop.currency", "JPY")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> settings.save(till.supervisor, Map.of("printer.kind", "escpos-network")))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).field())
                .isEqualTo("printer.address");
        assertThatThrownBy(() -> settings.save(till.supervisor, Map.of("backup.folder", "backups")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> settings.save(till.supervisor, Map.of("no.such", "x")))
                .isInstanceOf(ValidationException.class);
        assertThat(settings.current().number(SettingKeys.BACKUP_RETENTION_DAYS)).isEqualTo(30);
    }

    @Test
    void aCashierCannotChangeSettings() {
        assertThatThrownBy(() -> settings.save(till.cashier, Map.of("ui.theme", "dark")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(settings.saved()).isEmpty();
    }

    @Test
    void savedValuesWinOverTheConfigFileAndRunOnlyOverridesWinOverSavedValues() {
        Config file = Config.of(Map.of("backup.retention-days", "20", "printer.width", "58", "sync.poll-interval-ms", "30000"));
        assertThat(settings.effective(file).number(SettingKeys.BACKUP_RETENTION_DAYS)).isEqualTo(20);
        assertThat(settings.effective(file).number(SettingKeys.SYNC_INTERVAL_SECONDS)).isEqualTo(30);
        settings.save(till.supervisor, Map.of("backup.retention-days", "40"));
        assertThat(settings.effective(file).number(SettingKeys.BACKUP_RETENTION_DAYS)).isEqualTo(40);
        assertThat(settings.effective(file).text(SettingKeys.PRINTER_WIDTH)).isEqualTo("58");
        Config commandLine = file.with(Map.of("backup.retention-days", "9"));
        assertThat(settings.effective(commandLine).number(SettingKeys.BACKUP_RETENTION_DAYS)).isEqualTo(9);
    }

    @Test
    void aHindiShopTillKeepsUnicodeText() {
        settings.save(till.supervisor, Map.of("shop.name", "शर्मा किराना स्टोर", "ui.language", "hi", "shop.locale", "hi-IN"));
        TillSettings s = settings.current();
        assertThat(s.text(SettingKeys.SHOP_NAME)).isEqualTo("शर्मा किराना स्टोर");
        assertThat(s.language().getLanguage()).isEqualTo("hi");
    }
}
