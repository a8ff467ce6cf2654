package shopdesk.client.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.bills.BillView;
import shopdesk.client.sale.PaymentMethod;
import shopdesk.client.sale.Tender;
import shopdesk.protocol.BillStatus;

class ReceiptTest {
    BillView bill = new BillView("b1", "T2-000123", null, BillStatus.COMPLETED, "PENDING", 1_764_115_200_000L, "Asha", "Meera",
            List.of(new BillView.Item(1, "TEA", "Assam tea 250 g", 2, 12_000, 500, 24_000, 1_200, 25_200)),
            List.of(new Tender(PaymentMethod.CARD, 20_000, 20_000, "AUTH1"), new Tender(PaymentMethod.CASH, 5_200, 10_000, null)),
            24_000, 1_200, 25_200, 25_200, 4_800, null);
    ReceiptFormatter f = new ReceiptFormatter("Corner Shop", ZoneOffset.UTC);

    @Test
    void theReceiptCarriesTheLocalNumberTotalsPaymentsAndChange() {
        String text = f.text(bill);
        assertThat(text).contains("Bill T2-000123", "Assam tea 250 g", "2 x 120.00 +5% tax", "TOTAL", "252.00",
                "Card AUTH1", "Change", "48.00", "26 Nov 2025 00:00");
        assertThat(f.lines(bill)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(ReceiptFormatter.WIDTH));
    }

    @Test
    void anExchangeThatLeftCreditPrintsTheNoteForTheCustomer() {
        String text = f.text(bill.withCreditNote(new BillView.CreditNote("T2-C000004", 12_600)));
        assertThat(text).contains("Store credit note T2-C000004", "126.00", "Keep this receipt");
        assertThat(f.text(bill)).doesNotContain("Store credit note");
    }

    @Test
    void anotherTillsNoteTakenUncheckedNamesTheSupervisorWhoVouchedForIt() {
        BillView vouched = bill.withVouched(new BillView.Vouched(List.of("T1-C000003"), "Sam Supervisor"));
        assertThat(String.join(" ", f.lines(vouched))).contains("Note T1-C000003 accepted by Sam Supervisor (unchecked)");
        assertThat(f.lines(vouched)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(ReceiptFormatter.WIDTH));
        assertThat(f.text(bill)).doesNotContain("unchecked");
    }

    @Test
    void aBillSentAgainToAServerThatLostItShowsBothLegalNumbers() {
        BillView resent = new BillView("b1", "T2-000123", 57L, BillStatus.COMPLETED, "SYNCED", 1_764_115_200_000L, "Asha", null,
                bill.items(), bill.payments(), 24_000, 1_200, 25_200, 25_200, 4_800, null, List.of(41L));
        assertThat(f.text(resent)).contains("Bill T2-000123  (No. 57)", "Earlier No. 41");
        assertThat(f.text(bill)).doesNotContain("Earlier");
    }

    @Test
    void aSyncedBillShowsItsSeriesAndLegalLabel() {
        BillView synced = new BillView("b1", "T2-000123", 57L, shopdesk.protocol.BillStatus.COMPLETED, "SYNCED", 1_764_115_200_000L, "Asha", null,
                bill.items(), bill.payments(), 24_000, 1_200, 25_200, 25_200, 4_800, null, List.of(), "INV/2025-26/000012");
        assertThat(f.text(synced)).contains("TAX INVOICE", "Bill T2-000123  INV/2025-26/000012").doesNotContain("No. 57");
        BillView exempt = new BillView("b2", "T2-000124", null, shopdesk.protocol.BillStatus.COMPLETED, "PENDING", 1_764_115_200_000L, "Asha", null,
                List.of(new BillView.Item(1, "RICE", "Rice 1 kg", 1, 6_000, 0, 6_000, 0, 6_000)), bill.payments(),
                6_000, 0, 6_000, 6_000, 0, null);
        assertThat(f.text(exempt)).contains("BILL OF SUPPLY").doesNotContain("TAX INVOICE");
    }

    @Test
    void thePdfHoldsTheSameText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("r.pdf");
        new ReceiptPdf().write(f.lines(bill), pdf);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("T2-000123", "252.00");
        }
        assertThat(Files.size(pdf)).isPositive();
    }
}
