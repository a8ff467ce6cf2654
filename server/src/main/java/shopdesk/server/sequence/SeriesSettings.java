package shopdesk.server.sequence;

import static shopdesk.db.Tables.LEGAL_SERIES_SETTING;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jooq.DSLContext;
import shopdesk.protocol.BillSeries;

/**
 * A shop's series prefixes and financial year: the year starts on the first of {@code fyStartMonth} in the shop's
 * zone (April in India: FY 2026-27 runs from 1 April 2026). A prefix may hold {@code {fy}}, replaced by the year's
 * label. Without a row the defaults below apply.
 */
public record SeriesSettings(int fyStartMonth, ZoneId zone, String taxInvoicePrefix, String billOfSupplyPrefix,
                             String creditNotePrefix) {
    public static final SeriesSettings DEFAULT = new SeriesSettings(4, ZoneId.of("UTC"), "INV/{fy}/", "BOS/{fy}/", "CN/{fy}/");

    public SeriesSettings {
        if (fyStartMonth < 1 || fyStartMonth > 12) throw new IllegalArgumentException("fyStartMonth " + fyStartMonth);
    }

    public static SeriesSettings of(DSLContext dsl, String shopId) {
        var r = dsl.selectFrom(LEGAL_SERIES_SETTING).where(LEGAL_SERIES_SETTING.SHOP_ID.eq(shopId)).fetchOne();
        if (r == null) return DEFAULT;
        return new SeriesSettings(r.getFyStartMonth(), ZoneId.of(r.getZoneId()), r.getTaxInvoicePrefix(),
                r.getBillOfSupplyPrefix(), r.getCreditNotePrefix());
    }

    /** Stores a shop's settings (head office, tests); takes effect for the next number claimed. */
    public static void save(DSLContext dsl, String shopId, SeriesSettings s) {
        dsl.deleteFrom(LEGAL_SERIES_SETTING).where(LEGAL_SERIES_SETTING.SHOP_ID.eq(shopId)).execute();
        dsl.insertInto(LEGAL_SERIES_SETTING).set(LEGAL_SERIES_SETTING.SHOP_ID, shopId)
                .set(LEGAL_SERIES_SETTING.FY_START_MONTH, s.fyStartMonth()).set(LEGAL_SERIES_SETTING.ZONE_ID, s.zone().getId())
                .set(LEGAL_SERIES_SETTING.TAX_INVOICE_PREFIX, s.taxInvoicePrefix())
                .set(LEGAL_SERIES_SETTING.BILL_OF_SUPPLY_PREFIX, s.billOfSupplyPrefix())
                .set(LEGAL_SERIES_SETTING.CREDIT_NOTE_PREFIX, s.creditNotePrefix()).execute();
    }

    /** The calendar year in which the financial year holding {@code epochMillis} (server time) starts. */
    public int fiscalYear(long epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(zone);
        return t.getMonthValue() >= fyStartMonth ? t.getYear() : t.getYear() - 1;
    }

    /** "2026" for a calendar financial year, "2026-27" for one that starts later in the year. */
    public String fiscalYearLabel(int fiscalYear) {
        if (fyStartMonth == 1) return Integer.toString(fiscalYear);
        return fiscalYear + "-" + String.format("%02d", (fiscalYear + 1) % 100);
    }

    /** The printed legal number, e.g. INV/2026-27/000012. */
    public String label(BillSeries series, int fiscalYear, long number) {
        String prefix = switch (series) {
            case TAX_INVOICE -> taxInvoicePrefix;
            case BILL_OF_SUPPLY -> billOfSupplyPrefix;
            case CREDIT_NOTE -> creditNotePrefix;
        };
        String digits = Long.toString(number);
        return prefix.replace("{fy}", fiscalYearLabel(fiscalYear)) + (digits.length() >= 6 ? digits : "0".repeat(6 - digits.length()) + digits);
    }
}
