package shopdesk.dal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every setting a supervisor may change at the till, with what each accepts; see docs/CONFIG.md ("Till settings"). */
public final class SettingKeys {
    public static final SettingKey SHOP_NAME = SettingKey.text("shop.name", 200, "");
    public static final SettingKey SHOP_ADDRESS = SettingKey.text("shop.address", 400, "");
    public static final SettingKey SHOP_TAX_ID = SettingKey.text("shop.tax-id", 32, "");
    public static final SettingKey CURRENCY = SettingKey.currency("shop.currency", "INR");
    public static final SettingKey LOCALE = SettingKey.choice("shop.locale", "en-in", null, "en-in", "hi-in", "en-us", "en-gb");
    public static final SettingKey PRINTER_KIND = SettingKey.choice("printer.kind", "none", "printer.kind",
            "none", "escpos-network", "escpos-file", "system");
    public static final SettingKey PRINTER_ADDRESS = SettingKey.text("printer.address", 200, "").withConfigKey("printer.address");
    public static final SettingKey PRINTER_WIDTH = SettingKey.choice("printer.width", "80", "printer.width", "58", "80");
    public static final SettingKey DRAWER_KICK = SettingKey.flag("printer.drawer-kick", false, "printer.drawer-kick");
    public static final SettingKey THEME = SettingKey.choice("ui.theme", "light", null, "light", "dark");
    public static final SettingKey TEXT_PERCENT = SettingKey.choice("ui.text-percent", "100", null, "100", "125", "150", "175", "200");
    public static final SettingKey LANGUAGE = SettingKey.choice("ui.language", "en", "ui.language", "en", "hi");
    public static final SettingKey TOUCH = SettingKey.flag("ui.touch", false, "ui.touch");
    public static final SettingKey SYNC_INTERVAL_SECONDS = SettingKey.number("sync.interval-seconds", 15, 5, 3600, null);
    public static final SettingKey BACKUP_FOLDER = SettingKey.folder("backup.folder", "backup.folder");
    public static final SettingKey BACKUP_RETENTION_DAYS = SettingKey.number("backup.retention-days", 14, 1, 3650,
            "backup.retention-days");

    public static final List<SettingKey> ALL = List.of(SHOP_NAME, SHOP_ADDRESS, SHOP_TAX_ID, CURRENCY, LOCALE,
            PRINTER_KIND, PRINTER_ADDRESS, PRINTER_WIDTH, DRAWER_KICK, THEME, TEXT_PERCENT, LANGUAGE, TOUCH,
            SYNC_INTERVAL_SECONDS, BACKUP_FOLDER, BACKUP_RETENTION_DAYS);

    private SettingKeys() {
    }

    public static Optional<SettingKey> byName(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** Each value's own check, then the rules between values (a network printer needs an address with a valid port). */
    public static List<SettingProblem> check(Map<String, String> values) {
        List<SettingProblem> problems = new ArrayList<>();
        for (var e : values.entrySet()) {
            SettingKey key = byName(e.getKey()).orElse(null);
            if (key == null) {
                problems.add(new SettingProblem(e.getKey(), "setting.error.unknown", "Not a till setting: " + e.getKey()));
            } else {
                key.check(e.getValue()).ifPresent(problems::add);
            }
        }
        if (problems.isEmpty()) printerAddress(values).ifPresent(problems::add);
        return problems;
    }

    private static Optional<SettingProblem> printerAddress(Map<String, String> values) {
        String kind = values.getOrDefault(PRINTER_KIND.name(), "none").strip().toLowerCase(java.util.Locale.ROOT);
        String address = values.getOrDefault(PRINTER_ADDRESS.name(), "").strip();
        if ((kind.equals("escpos-network") || kind.equals("escpos-file")) && address.isEmpty()) {
            return Optional.of(new SettingProblem(PRINTER_ADDRESS.name(), "setting.error.printerAddress",
                    "This printer needs its address"));
        }
        if (kind.equals("escpos-network") && !validPort(address)) {
            return Optional.of(new SettingProblem(PRINTER_ADDRESS.name(), "setting.error.printerPort",
                    "host or host:port with a port from 1 to 65535"));
        }
        return Optional.empty();
    }

    private static boolean validPort(String address) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) return true;
        try {
            int p = Integer.parseInt(address.substring(colon + 1));
            return p >= 1 && p <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
