package shopdesk.server.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DrawerCount;
import shopdesk.protocol.payload.ZReportPayload;
import shopdesk.server.push.EntryRefused;

class ZReportChecksTest {
    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    static ZReportPayload z(String date, long floats, long expected, long counted, long variance, String approver) {
        DayTotals t = new DayTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), floats, 0, 0, 0, expected,
                new DayTotals.BillRange(null, null, 0, null, null, null), 1, 0, 0, 0);
        return new ZReportPayload("z", "d", "u", 1, date, 1, t, new DrawerCount(List.of(), counted, expected, variance), approver);
    }

    @Test
    void aConsistentReportPasses() {
        assertThat(ZReportChecks.check(z("2026-01-05", 10_000, 10_000, 10_000, 0, null), DrawerSettings.DEFAULT, TODAY))
                .isEqualTo(TODAY);
    }

    @Test
    void expectedCashMustBeTheDrawerArithmetic() {
        assertThatThrownBy(() -> ZReportChecks.check(z("2026-01-05", 10_000, 9_000, 9_000, 0, null), DrawerSettings.DEFAULT, TODAY))
                .isInstanceOf(EntryRefused.class).hasMessageContaining("payload.count.expected");
    }

    @Test
    void cashRefundsComeOutOfTheExpectedCash() {
        DayTotals t = new DayTotals(1, 2_000, 0, 2_000, 0, 1, 500, 0, 0, List.of(), List.of(), 10_000, 0, 0, 2_000, 11_500,
                new DayTotals.BillRange(null, null, 0, null, null, null), 1, 0, 500, 1);
        assertThat(ZReportChecks.check(new ZReportPayload("z", "d", "u", 1, "2026-01-05", 1, t,
                new DrawerCount(List.of(), 11_500, 11_500, 0), null), DrawerSettings.DEFAULT, TODAY)).isEqualTo(TODAY);
        // the same day claiming the refunded cash is still in the drawer does not add up
        DayTotals kept = new DayTotals(1, 2_000, 0, 2_000, 0, 1, 500, 0, 0, List.of(), List.of(), 10_000, 0, 0, 2_000, 12_000,
                new DayTotals.BillRange(null, null, 0, null, null, null), 1, 0, 500, 1);
        assertThatThrownBy(() -> ZReportChecks.check(new ZReportPayload("z", "d", "u", 1, "2026-01-05", 1, kept,
                new DrawerCount(List.of(), 12_000, 12_000, 0), null), DrawerSettings.DEFAULT, TODAY))
                .isInstanceOf(EntryRefused.class).hasMessageContaining("cash refunds");
    }

    @Test
    void theLimitIsInclusiveAndAnApproverLiftsIt() {
        assertThat(ZReportChecks.check(z("2026-01-05", 10_000, 10_000, 9_500, -500, null), DrawerSettings.DEFAULT, TODAY)).isNotNull();
        assertThatThrownBy(() -> ZReportChecks.check(z("2026-01-05", 10_000, 10_000, 9_499, -501, null), DrawerSettings.DEFAULT, TODAY))
                .isInstanceOf(EntryRefused.class).hasMessageContaining("no supervisor approved it");
        assertThat(ZReportChecks.check(z("2026-01-05", 10_000, 10_000, 9_499, -501, "sup"), DrawerSettings.DEFAULT, TODAY)).isNotNull();
    }

    @Test
    void aMalformedOrFutureDateIsRefused() {
        assertThatThrownBy(() -> ZReportChecks.check(z("5 Jan", 0, 0, 0, 0, null), DrawerSettings.DEFAULT, TODAY))
                .isInstanceOf(EntryRefused.class).hasMessageContaining("businessDate");
        assertThatThrownBy(() -> ZReportChecks.check(z("2026-01-07", 0, 0, 0, 0, null), DrawerSettings.DEFAULT, TODAY))
                .isInstanceOf(EntryRefused.class).hasMessageContaining("ahead");
    }
}
