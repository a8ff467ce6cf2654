package shopdesk.client.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;

class PrinterSettingsTest {
    private static PrinterSettings from(Map<String, String> values) {
        return PrinterSettings.from(Config.of(values));
    }

    @Test
    void withoutPrinterKeysThereIsNoPrinter() {
        PrinterSettings s = from(Map.of());
        assertThat(s.kind()).isEqualTo(PrinterKind.NONE);
        assertThat(s.columns()).isEqualTo(48);
        assertThat(s.drawerKick()).isFalse();
    }

    @Test
    void aNetworkPrinterTakesPort9100UnlessGiven() {
        assertThat(from(Map.of("printer.kind", "escpos-network", "printer.address", "10.0.0.7")).port()).isEqualTo(9100);
        PrinterSettings s = from(Map.of("printer.kind", "ESCPOS-NETWORK", "printer.address", "10.0.0.7:9101", "printer.width", "58"));
        assertThat(s.host()).isEqualTo("10.0.0.7");
        assertThat(s.port()).isEqualTo(9101);
        assertThat(s.columns()).isEqualTo(32);
    }

    @Test
    void anUnknownKindNamesTheKeyAndTheAcceptedValues() {
        assertThatThrownBy(() -> from(Map.of("printer.kind", "laser"))).isInstanceOf(ConfigException.class)
                .hasMessage("Config key 'printer.kind' has value 'laser' (accepted: none | escpos-network | escpos-file | system)");
    }

    @Test
    void aRollWidthOtherThan58Or80IsRefused() {
        assertThatThrownBy(() -> from(Map.of("printer.width", "76"))).isInstanceOf(ConfigException.class)
                .hasMessage("Config key 'printer.width' has value '76' (accepted: 58, 80)");
    }

    @Test
    void aNetworkPrinterNeedsAnAddressWithAValidPort() {
        assertThatThrownBy(() -> from(Map.of("printer.kind", "escpos-network"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Missing config key 'printer.address'");
        assertThatThrownBy(() -> from(Map.of("printer.kind", "escpos-network", "printer.address", "10.0.0.7:99999")))
                .hasMessageContaining("'printer.address' has value '10.0.0.7:99999'");
    }

    @Test
    void drawerKickIsATrueOrFalseKey() {
        assertThatThrownBy(() -> from(Map.of("printer.drawer-kick", "sometimes"))).hasMessageContaining("printer.drawer-kick");
    }
}
