package shopdesk.client.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.i18n.Messages;
import shopdesk.client.receipt.ReceiptFormatter;
import shopdesk.client.receipt.ReceiptPdf;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.dal.config.Config;
import shopdesk.dal.money.MoneyFormat;

/** A Hindi till: the receipt on screen and in the PDF is Hindi with the rupee sign; a thermal printer's is English. */
class HindiReceiptTest {
    @TempDir Path dir;
    private MoneyFormat before;

    @BeforeEach
    void hindiAndRupees() {
        before = MoneyFormat.current();
        Messages.use(Messages.HINDI);
        MoneyFormat.use(MoneyFormat.of(Currency.getInstance("INR"), Locale.forLanguageTag("en-IN")));
    }

    @AfterEach
    void back() {
        Messages.use(Messages.ENGLISH);
        MoneyFormat.use(before);
    }

    @Test
    void theScreenReceiptIsInHindiAndTheThermalOneInEnglishWithRs() {
        var formatter = new ReceiptFormatter("Corner Shop", ZoneOffset.UTC);
        String text = formatter.text(ReceiptPrintingTest.bill(PaymentMethod.CASH, 40_000));
        assertThat(text).contains("कुल योग").contains("धन्यवाद").contains("नकद").contains("\u20B9");

        var printing = new ReceiptPrinting(PrinterSettings.from(Config.of(Map.of("printer.kind", "escpos-file",
                "printer.address", dir.resolve("lp0").toString()))), formatter, dir);
        String bytes = new String(printing.escPos(ReceiptPrintingTest.bill(PaymentMethod.CASH, 40_000)),
                StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains("TOTAL").contains("Thank you!").contains("Rs.").doesNotContain("?");
    }

    @Test
    void aPdfReceiptInHindiEmbedsADevanagariFontAndKeepsTheText() throws IOException {
        var formatter = new ReceiptFormatter("Corner Shop", ZoneOffset.UTC);
        Path pdf = dir.resolve("hindi receipt.pdf");
        new ReceiptPdf().write(formatter.lines(ReceiptPrintingTest.bill(PaymentMethod.CASH, 40_000)), pdf);
        // left in target/ to look at by hand, as the golden ESC/POS files are
        java.nio.file.Files.copy(pdf, java.nio.file.Files.createDirectories(Path.of("target", "golden"))
                .resolve("receipt-hi.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150), "png",
                    Path.of("target", "golden", "receipt-hi.png").toFile());
            var fonts = new java.util.ArrayList<String>();
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont f = resources.getFont(name);
                fonts.add(f.getName());
            }
            if (ReceiptPdf.unicodeFonts().isEmpty()) {
                assertThat(fonts).as("no Devanagari font on this machine: Courier fallback").anyMatch(f -> f.contains("Courier"));
                return;
            }
            assertThat(fonts).anyMatch(f -> f.contains("Lohit") || f.contains("Devanagari") || f.contains("Nirmala")
                    || f.contains("Mangal"));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("354.31").contains("\u20B9");
        }
    }
}
