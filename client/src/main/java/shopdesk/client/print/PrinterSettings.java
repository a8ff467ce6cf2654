package shopdesk.client.print;

import shopdesk.client.i18n.Messages;
import shopdesk.dal.config.Config;
import shopdesk.dal.config.ConfigException;

/**
 * The receipt printer from the till's config: {@code printer.kind}, {@code printer.address},
 * {@code printer.width} (58 or 80 mm) and {@code printer.drawer-kick}. A wrong value names its key and what
 * is accepted, like every other config key.
 */
public record PrinterSettings(PrinterKind kind, String address, int widthMm, boolean drawerKick) {
    public static final int DEFAULT_PORT = 9100;
    public static final PrinterSettings NONE = new PrinterSettings(PrinterKind.NONE, null, 80, false);

    public static PrinterSettings from(Config config) {
        String rawKind = config.get("printer.kind", "none");
        PrinterKind kind = PrinterKind.byConfigName(rawKind).orElseThrow(() -> new ConfigException("printer.kind",
                "Config key 'printer.kind' has value '" + rawKind + "' (accepted: " + PrinterKind.accepted() + ")"));
        String width = config.get("printer.width", "80");
        if (!width.equals("58") && !width.equals("80")) {
            throw new ConfigException("printer.width", "Config key 'printer.width' has value '" + width + "' (accepted: 58, 80)");
        }
        String address = config.find("printer.address").orElse(null);
        switch (kind) {
            case ESCPOS_NETWORK -> {
                if (address == null) config.require("printer.address", "host or host:port of the printer, e.g. 192.168.1.50:9100");
                port(address);
            }
            case ESCPOS_FILE -> {
                if (address == null) config.require("printer.address", "the printer's device or file, e.g. /dev/usb/lp0");
            }
            default -> { }
        }
        return new PrinterSettings(kind, address, Integer.parseInt(width), config.getBoolean("printer.drawer-kick", false));
    }

    /** Characters on one line of the roll with the printer's standard font. */
    public int columns() {
        return widthMm == 58 ? 32 : 48;
    }

    public String host() {
        int colon = address.lastIndexOf(':');
        return colon < 0 ? address : address.substring(0, colon);
    }

    public int port() {
        return port(address);
    }

    private static int port(String address) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) return DEFAULT_PORT;
        try {
            int p = Integer.parseInt(address.substring(colon + 1));
            if (p < 1 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new ConfigException("printer.address", "Config key 'printer.address' has value '" + address
                    + "' (accepted: host or host:port with a port from 1 to 65535)");
        }
    }

    /** For messages: where the printer is. */
    public String describe() {
        return switch (kind) {
            case NONE -> Messages.get("printer.none");
            case ESCPOS_NETWORK -> Messages.get("printer.at", host() + ":" + port());
            case ESCPOS_FILE -> Messages.get("printer.at", address);
            case SYSTEM -> address == null ? Messages.get("printer.systemDefault") : Messages.get("printer.named", address);
        };
    }
}
