package shopdesk.client.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.money.Money;
import shopdesk.dal.money.MoneyFormat;
import shopdesk.dal.product.Product;
import shopdesk.dal.report.SalesReports;
import shopdesk.dal.testing.TillFixture;

/** The report screen's logic over a real SQLite till, without a display. */
class ReportsPresenterTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    @TempDir Path dir;
    TillFixture till;
    ReportsPresenter presenter;

    @BeforeEach
    void till() {
        till = new TillFixture(Dialect.SQLITE, dir.resolve("db"));
        BillService bills = new BillService(till.db, till.changes, till.clock);
        Product tea = till.product("TEA", 10_000, 500, 100);
        Product soap = till.product("SOAP", 5_000, 1800, 100);
        till.clock.set(at(2026, 3, 10, 11));
        bills.create(till.cashier, new BillDraft(null, List.of(new Line(tea.id(), 1), new Line(soap.id(), 1)),
                List.of(PaymentDraft.cash(16_400, 20_000)), null));
        till.clock.set(at(2026, 3, 12, 17));
        var v = bills.create(till.cashier, new BillDraft(null, List.of(new Line(soap.id(), 2)),
                List.of(PaymentDraft.exact(PaymentMethod.CARD, 11_800)), null));
        bills.voidBill(till.supervisor, v.id(), "wrong item, \"soap\"");
        till.clock.set(at(2026, 3, 15, 9));
        presenter = new ReportsPresenter(new SalesReports(till.db), TillFixture.SHOP, ZONE, till.clock);
    }

    @AfterEach
    void close() {
        till.close();
    }

    private static long at(int y, int m, int d, int hour) {
        return LocalDateTime.of(y, m, d, hour, 0).atZone(ZONE).toInstant().toEpochMilli();
    }

    @Test
    void theScreenOpensOnThisMonthSoFar() {
        assertThat(presenter.defaultFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(presenter.today()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void badDatesAreExplainedInPlainWords() {
        assertThat(presenter.show("1 March", "2026-03-15")).contains("Enter both dates as year-month-day, for example 2026-03-15");
        assertThat(presenter.show("2026-03-15", "2026-03-01")).contains("The report ends (2026-03-01) before it starts (2026-03-15)");
        assertThat(presenter.show("2024-01-01", "2026-03-15")).contains("Choose at most 366 days for one report");
        assertThat(presenter.current()).isEmpty();
    }

    @Test
    void theSummaryLineGivesSalesTaxDiscountsReturnsTakingsAndVoids() {
        assertThat(presenter.show("2026-03-01", "2026-03-15")).isEmpty();
        assertThat(presenter.summary()).isEqualTo("2026-03-01 to 2026-03-15:  bills 1,  sales 164.00  (before tax 150.00, "
                + "tax 14.00);  discounts 0.00;  returns 0: 0.00;  takings 164.00;  voids 1: 118.00");
    }

    @Test
    void everySectionHasATableAndTheChartsCarryMajorUnits() {
        presenter.show("2026-03-01", "2026-03-15");
        List<ReportSection> sections = presenter.sections();
        assertThat(sections).extracting(ReportSection::name)
                .containsExactly("By day", "By hour", "Top products", "Cashiers", "Payments", "Tax", "Voids", "Returns");
        ReportSection byDay = sections.get(0);
        assertThat(byDay.table().rows()).hasSize(15);
        assertThat(byDay.table().rows().get(9)).containsExactly("2026-03-10", "1", "164.00");
        assertThat(byDay.chart().points().get(9)).isEqualTo(new ChartSeries.Point("Tue 10 Mar", 164.0));
        assertThat(sections.get(1).table().rows().get(11)).containsExactly("11:00", "1", "164.00");
        assertThat(sections.get(4).chart().pie()).isTrue();
        assertThat(sections.get(6).chart()).isNull();
        assertThat(sections.get(7).table().rows()).isEmpty();
    }

    @Test
    void everyTableIsExportedAsCsvWithQuotingWhereNeeded() throws Exception {
        presenter.show("2026-03-01", "2026-03-15");
        Path out = Files.createDirectory(dir.resolve("csv"));
        List<Path> files = presenter.exportCsv(out);
        assertThat(files).hasSize(8);
        assertThat(Files.readString(out.resolve("tax-summary_2026-03-01_2026-03-15.csv")))
                .isEqualTo("Tax rate,Taxable,Tax,Total\r\n5.00,100.00,5.00,105.00\r\n18.00,50.00,9.00,59.00\r\n");
        assertThat(Files.readString(out.resolve("voided-bills_2026-03-01_2026-03-15.csv")))
                .isEqualTo("Bill,Time,Total,Reason,Voided by\r\n"
                        + "T1-000002,2026-03-12 17:00,118.00,\"wrong item, \"\"soap\"\"\",Sam Supervisor\r\n");
        assertThat(Files.readString(out.resolve("sales-by-payment-method_2026-03-01_2026-03-15.csv")))
                .isEqualTo("Method,Payments,Net amount\r\nCASH,1,164.00\r\n");
        assertThat(Files.readString(out.resolve("returns_2026-03-01_2026-03-15.csv"))).isEqualTo("Return,Time,Refund,Reason\r\n");
    }

    @Test
    void csvAmountsArePlainNumbersWhateverTheScreensMoneyFormat() throws Exception {
        MoneyFormat.use(MoneyFormat.of(Currency.getInstance("INR"), Locale.forLanguageTag("en-IN")));
        try {
            presenter.show("2026-03-01", "2026-03-15");
            ReportSection byDay = presenter.sections().get(0);
            assertThat(byDay.table().rows().get(9)).containsExactly("2026-03-10", "1", Money.format(16_400));
            assertThat(Money.format(16_400)).contains("₹"); // the screen's format really differs from the file's
            Path out = Files.createDirectory(dir.resolve("csv-inr"));
            presenter.exportCsv(out);
            String days = Files.readString(out.resolve("sales-by-day_2026-03-01_2026-03-15.csv"));
            assertThat(days).contains("\r\n2026-03-10,1,164.00\r\n").doesNotContain("₹");
            assertThat(Files.readString(out.resolve("voided-bills_2026-03-01_2026-03-15.csv"))).contains(",118.00,");
        } finally {
            MoneyFormat.use(MoneyFormat.PLAIN);
        }
    }
}
