package shopdesk.client.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shopdesk.client.i18n.Messages;
import shopdesk.client.print.PrinterSettings;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.receipt.ReceiptHeader;
import shopdesk.client.settings.DbSettings;
import shopdesk.client.settings.SettingsDialog;
import shopdesk.client.settings.SettingsPort;
import shopdesk.client.settings.SettingsPresenter;
import shopdesk.client.users.TillUsers;
import shopdesk.client.users.UsersDialog;
import shopdesk.client.users.UsersPresenter;
import shopdesk.dal.config.Config;
import shopdesk.dal.db.Database;
import shopdesk.dal.money.MoneyFormat;
import shopdesk.dal.safety.BackupStore;
import shopdesk.dal.settings.SettingKeys;
import shopdesk.dal.settings.SettingsService;
import shopdesk.dal.settings.TillSettings;
import shopdesk.dal.user.TillStaff;

/**
 * The till's settings applied at start (language, money, receipt header, printer, sync interval, backups) and the
 * Settings and Users screens hooked into the main window. Kept apart from TillLauncher so its wiring stays short.
 */
public final class AdminScreens {
    private final SettingsPort settings;
    private final UiPrefs prefs;
    private final TillSettings atStart;

    private AdminScreens(SettingsPort settings, UiPrefs prefs) {
        this.settings = settings;
        this.prefs = prefs;
        this.atStart = settings.current();
    }

    /** Reads the settings and applies what must be in place before any window is built. */
    public static AdminScreens start(Database db, Config config, UiPrefs prefs, Clock clock) {
        AdminScreens a = new AdminScreens(new DbSettings(new SettingsService(db, clock), config), prefs);
        Messages.use(a.atStart.language());
        MoneyFormat.use(MoneyFormat.of(a.atStart.currency(), a.atStart.locale()));
        if (!prefs.hasLook()) a.look(a.atStart);
        return a;
    }

    public TillSettings settings() {
        return atStart;
    }

    /** The shop's name, address and tax id on receipts (the name from set-up until one is saved here). */
    public ReceiptFormatter receipts(TillIdentity identity) {
        return receipts(identity, ReceiptHeader.NONE);
    }

    /** As {@link #receipts(TillIdentity)}; the config's {@code receipt.*} header fills what the settings leave empty. */
    public ReceiptFormatter receipts(TillIdentity identity, ReceiptHeader fromConfig) {
        String name = atStart.text(SettingKeys.SHOP_NAME);
        List<String> header = new ArrayList<>();
        String address = atStart.text(SettingKeys.SHOP_ADDRESS);
        if (!address.isEmpty()) header.add(address);
        else if (fromConfig.address() != null) header.addAll(new ReceiptHeader(null, fromConfig.address(), null).lines());
        String taxId = atStart.text(SettingKeys.SHOP_TAX_ID);
        if (taxId.isEmpty() && fromConfig.taxId() != null) taxId = fromConfig.taxId();
        if (!taxId.isEmpty()) header.add(Messages.get("receipt.taxId", taxId));
        return new ReceiptFormatter(name.isEmpty() ? identity.shopName() : name, header, ZoneId.systemDefault());
    }

    /** The printer as saved at the till (or as the config says until then). */
    public PrinterSettings printer() {
        return PrinterSettings.from(Config.of(Map.of("printer.kind", atStart.text(SettingKeys.PRINTER_KIND),
                "printer.address", atStart.text(SettingKeys.PRINTER_ADDRESS), "printer.width", atStart.text(SettingKeys.PRINTER_WIDTH),
                "printer.drawer-kick", atStart.text(SettingKeys.DRAWER_KICK))));
    }

    /** The config the sync backend reads, with the poll interval saved at the till unless the run overrides it. */
    public Config syncConfig(Config config) {
        if (config.isOverridden("sync.poll-interval-ms")) return config;
        return config.with(Map.of("sync.poll-interval-ms", String.valueOf(atStart.number(SettingKeys.SYNC_INTERVAL_SECONDS) * 1000)));
    }

    /**
     * The backup folder and retention, known before the database opens (a damaged one is restored from there): the
     * config's run-only override, else the copy of the saved setting in ui.properties, else the config file.
     */
    public static BackupStore backups(Config config, UiPrefs prefs, Path dataDir, Clock clock) {
        String folder = pick(config, prefs, SettingKeys.BACKUP_FOLDER.name(), "");
        String days = pick(config, prefs, SettingKeys.BACKUP_RETENTION_DAYS.name(), "14");
        String key = SettingKeys.BACKUP_RETENTION_DAYS.name();
        int retention = Config.of(Map.of(key, days)).getInt(key, 14, 1, 3650);
        return new BackupStore(folder.isEmpty() ? dataDir.resolve("backups") : Path.of(folder), Duration.ofDays(retention), clock);
    }

    private static String pick(Config config, UiPrefs prefs, String key, String fallback) {
        if (config.isOverridden(key)) return config.get(key, fallback);
        return prefs.copied(key).orElse(config.get(key, fallback));
    }

    /** Adds Till > Settings and Till > Users to the window. */
    public void install(MainWindow w, Till till) {
        var sessions = till.sessions();
        w.setSettings(() -> SettingsDialog.open(w, new SettingsPresenter(settings, sessions, this::saved)));
        var users = new TillUsers(new TillStaff(till.users()), till.identity().shopId(), till.identity().standalone());
        w.setUsers(() -> UsersDialog.open(w, new UsersPresenter(users, sessions)));
        if (atStart.flag(SettingKeys.TOUCH)) w.view().showTouchGrid(true);
    }

    /** Theme and text size; each switch rebuilds every window's look, so only a real change makes one. */
    private void look(TillSettings s) {
        boolean dark = s.text(SettingKeys.THEME).equals("dark");
        int percent = (int) s.number(SettingKeys.TEXT_PERCENT);
        if (dark != Themes.isDark()) Themes.switchTo(dark);
        if (percent != Themes.textPercent()) Themes.switchTextTo(percent);
    }

    /** What applies at once; the rest (language, printer, sync, backups) when the till next starts. */
    private void saved(TillSettings s) {
        MoneyFormat.use(MoneyFormat.of(s.currency(), s.locale()));
        look(s);
        prefs.setDark(s.text(SettingKeys.THEME).equals("dark"));
        prefs.setTextPercent((int) s.number(SettingKeys.TEXT_PERCENT));
        prefs.copy(SettingKeys.BACKUP_FOLDER.name(), s.text(SettingKeys.BACKUP_FOLDER));
        prefs.copy(SettingKeys.BACKUP_RETENTION_DAYS.name(), s.text(SettingKeys.BACKUP_RETENTION_DAYS));
    }
}
