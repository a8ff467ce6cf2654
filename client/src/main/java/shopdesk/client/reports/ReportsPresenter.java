package shopdesk.client.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import shopdesk.client.i18n.Messages;
import shopdesk.dal.money.Money;
import shopdesk.dal.report.ReportRange;
import shopdesk.dal.report.SalesReports;

/**
 * The report screen without Swing: reads the range the supervisor typed, loads every section at once, and writes
 * each table as CSV. Days are the shop's local days of {@code client_created_at} until the Z report's business date
 * replaces them.
 */
public final class ReportsPresenter {
    public static final int MAX_DAYS = 366;
    public static final int TOP_PRODUCTS = 50;
    private final SalesReports reports;
    private final String shopId;
    private final ZoneId zone;
    private final Clock clock;
    private volatile SalesReport current; // loaded on a worker thread, read on the event thread

    public ReportsPresenter(SalesReports reports, String shopId, ZoneId zone, Clock clock) {
        this.reports = reports;
        this.shopId = shopId;
        this.zone = zone;
        this.clock = clock;
    }

    /** The range the screen opens on: this month so far. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate defaultFrom() {
        return today().withDayOfMonth(1);
    }

    /** Loads the report for the typed dates (yyyy-mm-dd); a problem comes back as the message to show. */
    public Optional<String> show(String fromText, String toText) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(fromText.strip());
            to = LocalDate.parse(toText.strip());
        } catch (DateTimeParseException e) {
            return Optional.of(Messages.get("reports.error.dates", today().toString()));
        }
        if (to.isBefore(from)) return Optional.of(Messages.get("reports.error.order", to.toString(), from.toString()));
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            return Optional.of(Messages.get("reports.error.tooLong", Integer.toString(MAX_DAYS)));
        }
        current = load(new ReportRange(shopId, zone, from, to));
        return Optional.empty();
    }

    private SalesReport load(ReportRange r) {
        var all = reports.all(r, TOP_PRODUCTS);
        return new SalesReport(r, all.totals(), all.days(), all.hours(), all.topProducts(), all.cashiers(), all.payments(),
                all.tax(), all.voids(), all.voidedBills(), all.returns());
    }

    public Optional<SalesReport> current() {
        return Optional.ofNullable(current);
    }

    public List<ReportSection> sections() {
        return current == null ? List.of() : ReportSections.of(current);
    }

    /** The line over the tabs: what the range came to, its discounts, its returns, the takings after them. */
    public String summary() {
        return String.join(";  ", summaryLines());
    }

    /** The same in two lines (sales; discounts, returns, takings and voids), as the screen shows it. */
    public List<String> summaryLines() {
        if (current == null) return List.of();
        var t = current.totals();
        var v = current.voids();
        return List.of(Messages.get("reports.summary", current.range().from().toString(), current.range().to().toString(),
                        Long.toString(t.bills()), Money.format(t.total()), Money.format(t.subtotal()), Money.format(t.tax())),
                Messages.get("reports.summary.after", Money.format(t.discounts()), Long.toString(t.returns()),
                        Money.format(t.refunded()), Money.format(t.net()), Long.toString(v.bills()), Money.format(v.total())));
    }

    /** Every table as its own CSV file in {@code folder}, named for the table and the range; returns the files. */
    public List<Path> exportCsv(Path folder) throws IOException {
        if (current == null) throw new IllegalStateException("Show a report before exporting it");
        String suffix = "_" + current.range().from() + "_" + current.range().to() + ".csv";
        List<Path> written = new ArrayList<>();
        for (ReportSection s : sections()) {
            Path file = folder.resolve(s.table().file() + suffix);
            Csv.write(s.table(), file);
            written.add(file);
        }
        return written;
    }
}
