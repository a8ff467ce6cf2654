package shopdesk.client.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeSettings;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.settings.TillSettings;
import shopdesk.dal.user.Role;

class SettingsPresenterTest {
    final FakeAuth auth = new FakeAuth();
    final SessionHolder sessions = new SessionHolder();
    final FakeSettings port = new FakeSettings();
    final List<TillSettings> applied = new ArrayList<>();
    final SettingsPresenter presenter = new SettingsPresenter(port, sessions, applied::add);

    @AfterEach
    void english() {
        Messages.use(Messages.ENGLISH);
    }

    private void as(Role role) {
        auth.user("u", "pw", role);
        sessions.start(auth.login("u", "pw".toCharArray()));
    }

    @Test
    void aSupervisorSavesOnlyWhatChangedAndTheLookAppliesAtOnce() {
        as(Role.SUPERVISOR);
        Map<String, String> texts = new HashMap<>(presenter.load());
        texts.put("shop.name", "Sharma Kirana");
        texts.put("ui.theme", "dark");
        assertThat(presenter.save(texts)).isTrue();
        assertThat(port.saves).containsExactly(Map.of("shop.name", "Sharma Kirana", "ui.theme", "dark"));
        assertThat(applied).hasSize(1);
        assertThat(presenter.status()).isEqualTo("Settings saved.");
        assertThat(presenter.save(texts)).isTrue();
        assertThat(presenter.status()).isEqualTo("Nothing changed.");
        assertThat(port.saves).hasSize(1);
    }

    @Test
    void everyWrongFieldIsMarkedAndNothingIsSaved() {
        as(Role.SUPERVISOR);
        Map<String, String> texts = new HashMap<>(presenter.load());
        texts.put("sync.interval-seconds", "2");
        texts.put("shop.currency", "RUPEES");
        texts.put("backup.folder", "relative/folder");
        assertThat(presenter.save(texts)).isFalse();
        assertThat(presenter.errors().get("sync.interval-seconds")).isEqualTo("A whole number from 5 to 3,600");
        assertThat(presenter.errors().get("shop.currency")).contains("INR");
        assertThat(presenter.errors().get("backup.folder")).startsWith("A full folder path");
        assertThat(port.saves).isEmpty();
        assertThat(applied).isEmpty();
    }

    @Test
    void aNetworkPrinterWithoutAnAddressIsRefusedBesideTheAddress() {
        as(Role.SUPERVISOR);
        Map<String, String> texts = new HashMap<>(presenter.load());
        texts.put("printer.kind", "escpos-network");
        assertThat(presenter.save(texts)).isFalse();
        assertThat(presenter.errors().all()).containsOnlyKeys("printer.address");
    }

    @Test
    void aChangeReadAtStartSaysItAppliesAtTheNextStartInTheChosenLanguage() {
        as(Role.SUPERVISOR);
        Map<String, String> texts = new HashMap<>(presenter.load());
        texts.put("ui.language", "hi");
        assertThat(presenter.save(texts)).isTrue();
        assertThat(presenter.status()).contains("next starts");
        Messages.use(Messages.HINDI);
        texts.put("backup.retention-days", "0");
        assertThat(presenter.save(texts)).isFalse();
        assertThat(presenter.errors().get("backup.retention-days")).isEqualTo("1 से 3,650 तक की पूर्ण संख्या");
    }

    @Test
    void aCashierSeesTheSettingsButCannotSaveThem() {
        as(Role.CASHIER);
        presenter.load();
        assertThat(presenter.canEdit()).isFalse();
        assertThat(presenter.status()).isEqualTo("Only a supervisor can change settings.");
        Map<String, String> texts = new HashMap<>(port.current().values());
        texts.put("ui.theme", "dark");
        assertThat(presenter.save(texts)).isFalse();
        assertThat(port.saves).isEmpty();
        assertThat(presenter.errors().isEmpty()).isFalse();
        assertThat(new PermissionDeniedException("x")).isNotNull();
    }
}
