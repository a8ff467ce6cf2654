package shopdesk.server.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.BillSeries;

class SeriesSettingsTest {
    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void anAprilYearTurnsAtMidnightInTheShopsZone() {
        SeriesSettings india = new SeriesSettings(4, ZoneId.of("Asia/Kolkata"), "INV/{fy}/", "BOS/{fy}/", "CN/{fy}/");
        assertThat(india.fiscalYear(at("2026-03-31T18:29:59Z"))).isEqualTo(2025); // 23:59:59 IST on 31 March
        assertThat(india.fiscalYear(at("2026-03-31T18:30:00Z"))).isEqualTo(2026); // 00:00 IST on 1 April
        assertThat(india.label(BillSeries.TAX_INVOICE, 2026, 12)).isEqualTo("INV/2026-27/000012");
        assertThat(india.label(BillSeries.CREDIT_NOTE, 2099, 1_234_567)).isEqualTo("CN/2099-00/1234567");
    }

    @Test
    void aCalendarYearIsLabelledByItsYearAlone() {
        SeriesSettings calendar = new SeriesSettings(1, ZoneId.of("UTC"), "T-{fy}-", "S-", "C-");
        assertThat(calendar.fiscalYear(at("2026-01-01T00:00:00Z"))).isEqualTo(2026);
        assertThat(calendar.fiscalYear(at("2025-12-31T23:59:59Z"))).isEqualTo(2025);
        assertThat(calendar.label(BillSeries.TAX_INVOICE, 2026, 1)).isEqualTo("T-2026-000001");
        assertThat(calendar.label(BillSeries.BILL_OF_SUPPLY, 2026, 7)).isEqualTo("S-000007");
    }

    @Test
    void theSeriesOfASaleComesFromItsTaxRates() {
        assertThat(BillSeries.ofSale(java.util.List.of(0, 0))).isEqualTo(BillSeries.BILL_OF_SUPPLY);
        assertThat(BillSeries.ofSale(java.util.List.of(0, 500))).isEqualTo(BillSeries.TAX_INVOICE);
    }
}
