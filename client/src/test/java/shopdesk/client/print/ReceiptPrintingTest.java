package shopdesk.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.bills.BillView;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.receipt.ReceiptHeader;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.sale.Tender;
import shopdesk.dal.config.Config;
import shopdesk.protocol.BillStatus;

class ReceiptPrintingTest {
    private static final byte[] DRAWER_KICK = {0x1B, 0x70, 0x30};
    private static final byte[] PARTIAL_CUT = {0x1D, 0x56, 0x31};
    @TempDir Path dir;
    private final ReceiptFormatter formatter = new ReceiptFormatter("Corner Shop", ZoneOffset.UTC);

    static BillView bill(PaymentMethod paidBy, long tendered) {
        List<BillView.Item> items = List.of(
                new BillView.Item(1, "TEA", "Assam tea 250 g", 2, 14_999, 500, 29_998, 1_500, 31_498),
                new BillView.Item(2, "SOAP", "Sandal soap", 1, 3_333, 1800, 3_333, 600, 3_933));
        return new BillView("b1", "T1-000042", 1042L, BillStatus.COMPLETED, "SYNCED", 1_790_000_000_000L, "Cara Cashier", null,
                items, List.of(new Tender(paidBy, 35_431, tendered, null)), 33_331, 2_100, 35_431, 35_431,
                tendered - 35_431, null);
    }

    private ReceiptPrinting printing(Map<String, String> config) {
        return new ReceiptPrinting(PrinterSettings.from(Config.of(config)), formatter, dir);
    }

    /** A bill with a line discount, a bill discount, an inclusive price, a weighed line and rounding. */
    static BillView discounted() {
        List<BillView.Item> items = List.of(
                new BillView.Item(1, "TEA", "Assam tea 250 g", 1, 10_000, 500, 9_124, 456, 9_580, 876, false, false, null, null),
                new BillView.Item(2, "JUICE", "Mango juice 1 l", 1, 11_800, 1_800, 9_605, 1_729, 11_334, 466, false, true, 12_500L,
                        "dented pack"),
                new BillView.Item(3, "APPLE", "Apples", 333, 12_000, 0, 3_838, 0, 3_838, 158, true, false, null, null));
        return new BillView("b2", "T1-000043", 1043L, BillStatus.COMPLETED, "SYNCED", 1_790_000_000_000L, "Cara Cashier", "Meera", items,
                List.of(new Tender(PaymentMethod.UPI, 24_750, 24_750, "UPI-77")), 22_567, 2_185, 24_750, 24_750, 0, null, List.of(),
                new BillView.Terms(1_500, "10.00", -2, List.of(new BillView.TaxRow(0, 3_838, 0), new BillView.TaxRow(500, 9_124, 456),
                        new BillView.TaxRow(1_800, 9_605, 1_729))));
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = ReceiptPrintingTest.class.getResourceAsStream("/print/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Compares with the golden file; the bytes made are left in target/golden to compare (or copy) by hand. */
    private static void assertGolden(byte[] actual, String name) throws IOException {
        Files.write(Files.createDirectories(Path.of("target", "golden")).resolve(name), actual);
        assertSameBytes(actual, golden(name));
    }

    /** On a mismatch the hex of both is shown, so the changed command can be found. */
    private static void assertSameBytes(byte[] actual, byte[] expected) {
        assertThat(HexFormat.ofDelimiter(" ").formatHex(actual)).isEqualTo(HexFormat.ofDelimiter(" ").formatHex(expected));
    }

    @Test
    void aCashReceiptOn58mmIsTheGoldenByteStream() throws IOException {
        var p = printing(Map.of("printer.kind", "escpos-file", "printer.address", dir.resolve("lp0").toString(),
                "printer.width", "58", "printer.drawer-kick", "true"));
        assertGolden(p.escPos(bill(PaymentMethod.CASH, 40_000)), "receipt-58mm-cash.escpos");
    }

    @Test
    void aCardReceiptOn80mmIsTheGoldenByteStream() throws IOException {
        var p = printing(Map.of("printer.kind", "escpos-file", "printer.address", dir.resolve("lp0").toString(),
                "printer.width", "80", "printer.drawer-kick", "true"));
        byte[] bytes = p.escPos(bill(PaymentMethod.CARD, 35_431));
        assertGolden(bytes, "receipt-80mm-card.escpos");
    }

    @Test
    void theReceiptStartsWithInitialiseEndsWithAPartialCutAndNeverOpensTheDrawer() {
        var p = printing(Map.of("printer.kind", "escpos-file", "printer.address", "x", "printer.width", "58",
                "printer.drawer-kick", "true"));
        byte[] bytes = p.escPos(bill(PaymentMethod.CASH, 40_000));
        assertThat(bytes[0]).isEqualTo((byte) 0x1B);
        assertThat(bytes[1]).isEqualTo((byte) 0x40);
        assertThat(indexOf(bytes, PARTIAL_CUT)).isEqualTo(bytes.length - PARTIAL_CUT.length);
        assertThat(indexOf(bytes, DRAWER_KICK)).isEqualTo(-1);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("TOTAL                     354.31");
    }

    @Test
    void aReprintOfADiscountedBillIsTheGoldenByteStreamMarkedAsACopy() throws IOException {
        var p = new ReceiptPrinting(PrinterSettings.from(Config.of(Map.of("printer.kind", "escpos-file", "printer.address",
                dir.resolve("lp0").toString()))), new ReceiptFormatter(new ReceiptHeader("Corner Shop", "12 MG Road, Pune 411001",
                "27AAAPL1234C1ZV"), ZoneOffset.UTC), dir);
        byte[] bytes = p.escPos(discounted(), true);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("*** COPY ***", "12 MG Road", "Pune 411001", "Tax id 27AAAPL1234C1ZV", "0.333 kg x 120.00/kg",
                "incl 18% tax", "price was 125.00: dented pack", "You saved (bill 10.00)", "Rounding", "Tax rate   Taxable",
                "18%        96.05", "UPI UPI-77", "*** COPY - not a new sale ***");
        assertGolden(bytes, "receipt-80mm-discounts-copy.escpos"); // a new one is in target/golden to compare
    }

    @Test
    void aCashSaleOpensTheDrawerWithInitialiseAndAPulseOnPin2() throws Exception {
        try (FakeReceiptPrinter printer = new FakeReceiptPrinter()) {
            var p = printing(Map.of("printer.kind", "escpos-network", "printer.address", printer.address(),
                    "printer.drawer-kick", "true"));
            assertThat(p.openDrawerFor(bill(PaymentMethod.CASH, 40_000))).isEmpty();
            // ESC @, then ESC p '0' 25 125: pin 2, 50 ms on, 250 ms off
            assertSameBytes(printer.received(), new byte[] {0x1B, 0x40, 0x1B, 0x70, 0x30, 0x19, 0x7D});
        }
    }

    @Test
    void aCardSaleOrADrawerKickSwitchedOffLeavesTheDrawerShut() {
        Path device = dir.resolve("lp0");
        var kicking = printing(Map.of("printer.kind", "escpos-file", "printer.address", device.toString(),
                "printer.drawer-kick", "true"));
        assertThat(kicking.openDrawerFor(bill(PaymentMethod.CARD, 35_431))).isEmpty();
        var quiet = printing(Map.of("printer.kind", "escpos-file", "printer.address", device.toString()));
        assertThat(quiet.openDrawerFor(bill(PaymentMethod.CASH, 40_000))).isEmpty();
        assertThat(Files.exists(device)).as("nothing was sent to the printer").isFalse();
    }

    @Test
    void aDrawerThatCannotOpenSaysSoPlainly() throws IOException {
        int deadPort = deadPort();
        var p = printing(Map.of("printer.kind", "escpos-network", "printer.address", "127.0.0.1:" + deadPort,
                "printer.drawer-kick", "true"));
        assertThat(p.openDrawerFor(bill(PaymentMethod.CASH, 40_000)).orElseThrow())
                .startsWith("The cash drawer did not open: the receipt printer at 127.0.0.1:" + deadPort + " is not answering")
                .endsWith(". Open it with its key.");
    }

    private static int deadPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aReceiptPrintedOverTcpArrivesByteForByte() throws Exception {
        try (FakeReceiptPrinter printer = new FakeReceiptPrinter()) {
            var p = printing(Map.of("printer.kind", "escpos-network", "printer.address", printer.address(),
                    "printer.width", "80", "printer.drawer-kick", "true"));
            BillView cash = bill(PaymentMethod.CASH, 40_000);
            PrintOutcome outcome = p.print(cash);
            assertThat(outcome.kind()).isEqualTo(PrintOutcome.Kind.PRINTED);
            assertThat(outcome.message()).isEqualTo("Receipt T1-000042 printed.");
            byte[] arrived = printer.received();
            assertSameBytes(arrived, p.escPos(cash));
            assertGolden(arrived, "receipt-80mm-cash.escpos");
        }
    }

    @Test
    void anOfflinePrinterGivesAPlainMessageAndTheReceiptAsPdf() throws Exception {
        int deadPort = deadPort();
        var p = printing(Map.of("printer.kind", "escpos-network", "printer.address", "127.0.0.1:" + deadPort));
        PrintOutcome outcome = p.print(bill(PaymentMethod.CASH, 40_000));
        assertThat(outcome.kind()).isEqualTo(PrintOutcome.Kind.SAVED_AS_PDF);
        assertThat(outcome.message()).startsWith("The receipt was not printed: the receipt printer at 127.0.0.1:" + deadPort
                + " is not answering").contains("Check that the printer is on").contains("saved as a PDF instead");
        assertThat(outcome.pdf()).isEqualTo(dir.resolve("receipt-T1-000042.pdf"));
        assertThat(new String(Files.readAllBytes(outcome.pdf()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void withNoPrinterConfiguredTheReceiptIsSavedAsPdfAndTheMessageSaysWhy() {
        PrintOutcome outcome = printing(Map.of()).print(bill(PaymentMethod.CARD, 35_431));
        assertThat(outcome.kind()).isEqualTo(PrintOutcome.Kind.SAVED_AS_PDF);
        assertThat(outcome.message()).startsWith("No receipt printer is set up (printer.kind");
        assertThat(Files.exists(outcome.pdf())).isTrue();
    }

    @Test
    void aFilePrinterReceivesTheBytes() throws IOException {
        Path device = dir.resolve("lp0");
        var p = printing(Map.of("printer.kind", "escpos-file", "printer.address", device.toString()));
        assertThat(p.print(bill(PaymentMethod.CARD, 35_431)).kind()).isEqualTo(PrintOutcome.Kind.PRINTED);
        assertSameBytes(Files.readAllBytes(device), p.escPos(bill(PaymentMethod.CARD, 35_431)));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
