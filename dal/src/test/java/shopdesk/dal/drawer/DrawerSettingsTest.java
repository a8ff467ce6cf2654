package shopdesk.dal.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;

class DrawerSettingsTest {
    @Test
    void defaultsAreOneFloatPerTillAndAFiveRupeeLimit() {
        assertThat(DrawerSettings.from(Config.of(Map.of()))).isEqualTo(DrawerSettings.DEFAULT);
        assertThat(DrawerSettings.DEFAULT.needsApproval(-500)).isFalse();
        assertThat(DrawerSettings.DEFAULT.needsApproval(501)).isTrue();
    }

    @Test
    void everyKeyIsRead() {
        DrawerSettings s = DrawerSettings.from(Config.of(Map.of("drawer.float-scope", "cashier",
                "drawer.variance-approval-limit", "0", "drawer.denominations", "10000, 5000,100")));
        assertThat(s).isEqualTo(new DrawerSettings(FloatScope.CASHIER, 0, List.of(10_000L, 5_000L, 100L)));
        assertThat(s.needsApproval(1)).isTrue();
    }

    @Test
    void theServerHoldsZReportsToItsOwnLimitKey() {
        Config both = Config.of(Map.of("drawer.variance-approval-limit", "200", "drawer.server-variance-approval-limit", "1000"));
        assertThat(DrawerSettings.from(both).varianceApprovalLimit()).isEqualTo(200);
        assertThat(DrawerSettings.forServer(both).varianceApprovalLimit()).isEqualTo(1000);
        assertThat(DrawerSettings.forServer(Config.of(Map.of())).varianceApprovalLimit()).isEqualTo(500);
        // a server set up before its own key existed keeps the limit it had
        assertThat(DrawerSettings.forServer(Config.of(Map.of("drawer.variance-approval-limit", "300"))).varianceApprovalLimit())
                .isEqualTo(300);
        assertThatThrownBy(() -> DrawerSettings.forServer(Config.of(Map.of("drawer.server-variance-approval-limit", "-1"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("drawer.server-variance-approval-limit");
    }

    @Test
    void aWrongValueNamesItsKey() {
        assertThatThrownBy(() -> DrawerSettings.from(Config.of(Map.of("drawer.float-scope", "shift"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("drawer.float-scope").hasMessageContaining("till | cashier");
        assertThatThrownBy(() -> DrawerSettings.from(Config.of(Map.of("drawer.variance-approval-limit", "-1"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("drawer.variance-approval-limit");
        assertThatThrownBy(() -> DrawerSettings.from(Config.of(Map.of("drawer.denominations", "500,0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("drawer.denominations");
    }
}
