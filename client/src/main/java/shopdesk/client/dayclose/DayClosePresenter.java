package shopdesk.client.dayclose;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.i18n.Messages;
import shopdesk.client.i18n.Texts;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.dayclose.CountInput;
import shopdesk.dal.dayclose.DayCloseService;
import shopdesk.dal.dayclose.XReport;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.FloatScope;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.money.Money;
import shopdesk.protocol.payload.DrawerCount.Denomination;
import shopdesk.protocol.payload.ZReportPayload;

/**
 * "Close the day" without Swing: the float, cash in and out, the X report, the count with its variance, and the Z.
 * Every action returns the message to show (empty when it went through); the report shown is {@link #reportLines()}.
 */
public final class DayClosePresenter {
    private static final Logger LOG = LoggerFactory.getLogger(DayClosePresenter.class);
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final CashDrawerService drawer;
    private final DayCloseService days;
    private final SessionHolder sessions;
    private final ReportOutput output;
    private final String shopLine;
    private final ZoneId zone;
    private final Runnable afterZ;
    private List<String> report = List.of();
    /** The report shown, in English for the thermal printer. */
    private List<String> thermal = List.of();
    private boolean reportIsZ;
    private ZReportPayload lastZ;
    private String approverName;
    private String outcome = "";

    public DayClosePresenter(CashDrawerService drawer, DayCloseService days, SessionHolder sessions, ReportOutput output,
                             String shopLine, ZoneId zone, Runnable afterZ) {
        this.drawer = drawer;
        this.days = days;
        this.sessions = sessions;
        this.output = output;
        this.shopLine = shopLine;
        this.zone = zone;
        this.afterZ = afterZ;
    }

    /** One line over the screen: the business day and whether its float is open. */
    public String status() {
        XReport x = days.xReport(sessions.require().actor());
        return Messages.get("dayClose.status", x.businessDate().toString(), drawer.needsFloat(sessions.require().actor())
                ? Messages.get("dayClose.float.notOpened") : Money.format(x.totals().floatTotal()), Money.format(x.totals().expectedCash()));
    }

    public boolean needsFloat() {
        return drawer.needsFloat(sessions.require().actor());
    }

    public Optional<String> openFloat(String amount) {
        return act(() -> drawer.openFloat(sessions.require().actor(), parse(amount)), Messages.get("dayClose.float.done", amount.strip()));
    }

    public Optional<String> cashIn(String amount, String reason) {
        return act(() -> drawer.cashIn(sessions.require().actor(), parse(amount), reason), Messages.get("dayClose.cashIn.done", amount.strip()));
    }

    public Optional<String> cashOut(String amount, String reason) {
        return act(() -> drawer.cashOut(sessions.require().actor(), parse(amount), reason), Messages.get("dayClose.cashOut.done", amount.strip()));
    }

    /**
     * Takes an X report (changes nothing) and shows it: the whole till's day, or with a drawer per cashier
     * ({@code drawer.float-scope=cashier}) the signed-in cashier's shift, whose float and cash they answer for.
     */
    public List<String> xReport() {
        Session who = sessions.require();
        boolean shift = days.settings().floatScope() == FloatScope.CASHIER;
        XReport x = days.xReport(who.actor(), shift ? who.userId() : null);
        String shiftOf = shift ? who.displayName() : null;
        report = xLines(Texts.current(), x, shiftOf);
        thermal = xLines(Texts.english(), x, shiftOf);
        reportIsZ = false;
        return report;
    }

    private List<String> xLines(Texts w, XReport x, String shiftOf) {
        return ZReportText.lines(w, shopLine, ZReportText.xHeading(w, shiftOf), x.businessDate().toString(), taken(x.takenAt()),
                x.totals(), null, null);
    }

    /** The note and coin values offered for counting, largest first. */
    public List<Long> denominations() {
        return days.settings().denominations();
    }

    /** The typed count against the expected cash; {@code total} wins when it is filled in. */
    public CountPreview preview(List<String> counts, String total) {
        long expected = days.xReport(sessions.require().actor()).totals().expectedCash();
        try {
            long counted = input(counts, total).counted();
            long variance = Math.subtractExact(counted, expected);
            return new CountPreview(counted, expected, variance, days.settings().needsApproval(variance)
                    && !sessions.require().isSupervisor(), null);
        } catch (IllegalArgumentException | ShopDeskException | ArithmeticException e) {
            return new CountPreview(0, expected, 0, false, Messages.of(e));
        }
    }

    /** Closes the day with the count; {@code approver} is the supervisor who approved a large variance, or null. */
    public Optional<String> closeDay(List<String> counts, String total, Session approver) {
        try {
            CountInput count = input(counts, total);
            lastZ = days.closeDay(sessions.require().actor(), count, approver == null ? null : approver.userId());
            approverName = approver != null ? approver.displayName() : sessions.require().displayName();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } catch (ShopDeskException e) {
            return Optional.of(Messages.of(e));
        } catch (RuntimeException e) {
            return Optional.of(PlainMessages.forFailure(Messages.get("dayClose.notClosed"), e));
        }
        String shop = sessions.require().shopId();
        // the reports' finished days, kept after the Z so the next report is quick; a failure only costs that
        CompletableFuture.runAsync(() -> days.keepReportDays(shop)).exceptionally(e -> {
            LOG.info("Report days not kept after the Z: {}", e.getMessage());
            return null;
        });
        report = zLines(lastZ);
        thermal = zLines(Texts.english(), lastZ);
        reportIsZ = true;
        outcome = Messages.get("dayClose.z.done", Long.toString(lastZ.zNumber()), lastZ.businessDate(),
                output.output(report, thermal, "z-report-" + lastZ.zNumber() + "-" + lastZ.businessDate(), false));
        afterZ.run();
        return Optional.empty();
    }

    /** The Z as shown and printed; the approver by name when this screen made it, else by id. */
    public List<String> zLines(ZReportPayload z) {
        return zLines(Texts.current(), z);
    }

    private List<String> zLines(Texts w, ZReportPayload z) {
        String approvedBy = z.varianceApprovedBy() == null ? null : z == lastZ ? approverName : z.varianceApprovedBy();
        return ZReportText.lines(w, shopLine, ZReportText.zHeading(w, z.zNumber()), z.businessDate(), taken(z.clientCreatedAt()),
                z.totals(), z.count(), approvedBy);
    }

    /** Prints the report shown (and saves it as PDF); the message says where it went. */
    public String printShown() {
        if (report.isEmpty()) return Messages.get("dayClose.printFirst");
        String name = lastZ != null && reportIsZ ? "z-report-" + lastZ.zNumber() + "-" + lastZ.businessDate()
                : "x-report-" + System.currentTimeMillis();
        outcome = output.output(report, thermal, name, true);
        return outcome;
    }

    public List<String> reportLines() {
        return report;
    }

    public Optional<ZReportPayload> lastZ() {
        return Optional.ofNullable(lastZ);
    }

    /** What the last action did, in plain words. */
    public String outcome() {
        return outcome;
    }

    private CountInput input(List<String> counts, String total) {
        if (total != null && !total.isBlank()) return CountInput.ofTotal(parse(total));
        List<Long> values = denominations();
        List<Denomination> ds = new ArrayList<>();
        for (int i = 0; i < values.size() && i < counts.size(); i++) {
            String c = counts.get(i) == null ? "" : counts.get(i).strip();
            if (c.isEmpty()) continue;
            try {
                ds.add(new Denomination(values.get(i), Long.parseLong(c)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get("dayClose.count.whole", c, Money.format(values.get(i))));
            }
        }
        if (ds.isEmpty()) throw new IllegalArgumentException(Messages.get("dayClose.count.empty"));
        return CountInput.of(ds);
    }

    private Optional<String> act(Runnable action, String done) {
        try {
            action.run();
            outcome = done;
            return Optional.empty();
        } catch (IllegalArgumentException | ShopDeskException e) {
            return Optional.of(Messages.of(e));
        } catch (RuntimeException e) {
            return Optional.of(PlainMessages.forFailure(Messages.get("dayClose.notSaved"), e));
        }
    }

    private static long parse(String amount) {
        return Money.parse(amount);
    }

    private String taken(long millis) {
        return TAKEN.format(Instant.ofEpochMilli(millis).atZone(zone));
    }
}
