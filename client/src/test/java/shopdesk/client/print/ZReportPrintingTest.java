package shopdesk.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.dayclose.ReportOutput;
import shopdesk.client.dayclose.ZReportText;
import shopdesk.client.i18n.Messages;
import shopdesk.client.i18n.Texts;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;

/** A Z report goes to a (fake) network printer as the ESC/POS stream of its lines, and is saved as a PDF too. */
class ZReportPrintingTest {
    @TempDir Path dir;

    static List<String> zLines() {
        return zLines(Texts.english());
    }

    static List<String> zLines(Texts w) {
        DayTotals t = new DayTotals(2, 40_000, 2_000, 42_000, 0, 0, 0, 1, 6_720,
                List.of(new DayTotals.MethodTotal("CASH", 2, 42_000)), List.of(new DayTotals.TaxTotal(500, 40_000, 2_000, 42_000)),
                200_000, 0, 15_000, 42_000, 227_000, new DayTotals.BillRange(1L, "T1-000001", 3, "T1-000003", 101L, 103L), 2, 0, 0, 0);
        return ZReportText.lines(w, "Corner Shop - till T1", ZReportText.zHeading(w, 7), "2026-03-10", "2026-03-10 21:00", t,
                new DrawerCount(List.of(), 226_500, 227_000, -500), null);
    }

    @Test
    void theZIsPrintedAsItsEscPosLinesAndSavedAsPdf() throws Exception {
        try (FakeReceiptPrinter printer = new FakeReceiptPrinter()) {
            ReportOutput out = ReportOutput.of(new PrinterSettings(PrinterKind.ESCPOS_NETWORK, printer.address(), 80, false), dir);
            String said = out.output(zLines(), "z-report-7-2026-03-10", true);
            assertThat(said).startsWith("Printed on the receipt printer at 127.0.0.1:");
            assertThat(printer.received()).isEqualTo(EscPosReceipt.encode(zLines()));
            assertThat(dir.resolve("z-report-7-2026-03-10.pdf")).exists();
        }
        assertThat(zLines()).contains(ZReportText.row("First bill", "T1-000001 / 101"), ZReportText.row("  Variance", "-5.00"));
    }

    @Test
    void aHindiReportIsShownAndSavedInHindiAndPrintedInEnglish() throws Exception {
        List<String> hindi = zLines(new Texts(Messages.HINDI));
        assertThat(hindi).contains("Z रिपोर्ट 7", ZReportText.row("कुल बिक्री", "420.00"), ZReportText.row("  अंतर", "-5.00"));
        try (FakeReceiptPrinter printer = new FakeReceiptPrinter()) {
            ReportOutput out = ReportOutput.of(new PrinterSettings(PrinterKind.ESCPOS_NETWORK, printer.address(), 80, false), dir);
            out.output(hindi, zLines(), "z-hi", true);
            assertThat(printer.received()).isEqualTo(EscPosReceipt.encode(zLines()));
            assertThat(dir.resolve("z-hi.pdf")).exists();
        }
    }

    @Test
    void withoutAPrinterItSaysSoAndSavesThePdf() {
        String said = ReportOutput.of(PrinterSettings.NONE, dir).output(zLines(), "z", true);
        assertThat(said).startsWith("No receipt printer is set up").contains("Saved as ");
        assertThat(dir.resolve("z.pdf")).exists();
    }
}
