package shopdesk.client.print;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the till reaches its receipt printer, as written in {@code printer.kind}. */
public enum PrinterKind {
    /** No receipt printer: receipts are saved as PDF. */
    NONE("none"),
    /** An ESC/POS printer on the network, raw TCP (port 9100 unless given). */
    ESCPOS_NETWORK("escpos-network"),
    /** An ESC/POS printer behind a device file or a spool file (/dev/usb/lp0, COM3). */
    ESCPOS_FILE("escpos-file"),
    /** An ESC/POS printer installed in the operating system, sent raw bytes through javax.print. */
    SYSTEM("system");

    private final String configName;

    PrinterKind(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<PrinterKind> byConfigName(String name) {
        return Arrays.stream(values()).filter(k -> k.configName.equalsIgnoreCase(name)).findFirst();
    }

    public static String accepted() {
        return Arrays.stream(values()).map(PrinterKind::configName).collect(Collectors.joining(" | "));
    }
}
