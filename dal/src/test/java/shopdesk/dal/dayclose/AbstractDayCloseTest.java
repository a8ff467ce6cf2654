package shopdesk.dal.dayclose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillDraft.Line;
import shopdesk.dal.bill.BillDraft.PaymentDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.Actor;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.drawer.CashDrawerService;
import shopdesk.dal.drawer.CashKind;
import shopdesk.dal.drawer.DrawerSettings;
import shopdesk.dal.drawer.FloatScope;
import shopdesk.dal.error.InvalidStateException;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.product.Product;
import shopdesk.dal.testing.TillFixture;
import shopdesk.protocol.ChangeAction;
import shopdesk.protocol.EntityType;
import shopdesk.protocol.payload.DayTotals;
import shopdesk.protocol.payload.DayTotals.BillRange;
import shopdesk.protocol.payload.DayTotals.MethodTotal;
import shopdesk.protocol.payload.DayTotals.TaxTotal;
import shopdesk.protocol.payload.DrawerCount.Denomination;
import shopdesk.protocol.payload.ZReportPayload;

/**
 * X and Z reports over a table of known documents, checked to the minor unit. A 100.00 at 5%, B 20.00 at 12%,
 * C 50.00 at 18%; the shop is in Kolkata. One business day, 2 March:
 *
 * <pre>
 *  time   document                                   drawer effect
 *  09:00  float 5 000.00 (cara)                      +500 000
 *  09:15  bill 1: 2A + 1B, cash 23 240 of 25 000     +23 240
 *  10:00  bill 2: 1C, card 5 900 (sam)
 *  11:00  bill 3: 1A + 1C, cash 10 000 + upi 6 400   +10 000
 *  12:00  bill 4: 3B, card 6 720, voided
 *  13:00  cash in 2 000.00 "change from the bank"    +200 000
 *  14:00  cash out 350.00 "cleaning supplies"        -35 000
 *  expected cash                                     698 240
 * </pre>
 */
abstract class AbstractDayCloseTest {
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);
    static final DayTotals KNOWN_DAY = new DayTotals(3, 42_000, 3_540, 45_540, 0, 0, 0, 1, 6_720,
            List.of(new MethodTotal("CARD", 1, 5_900), new MethodTotal("CASH", 2, 33_240), new MethodTotal("UPI", 1, 6_400)),
            List.of(new TaxTotal(500, 30_000, 1_500, 31_500), new TaxTotal(1200, 2_000, 240, 2_240),
                    new TaxTotal(1800, 10_000, 1_800, 11_800)),
            500_000, 200_000, 35_000, 33_240, 698_240, new BillRange(1L, "T1-000001", 4, "T1-000004", null, null), 3, 0, 0, 0);

    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    CashDrawerService drawer;
    DayCloseService days;
    Product a;
    Product b;
    Product c;

    abstract Dialect dialect();

    @BeforeEach
    void knownDay() {
        till = new TillFixture(dialect(), dir);
        bills = new BillService(till.db, till.changes, till.clock);
        drawer = new CashDrawerService(till.db, till.changes, till.clock, DrawerSettings.DEFAULT);
        days = new DayCloseService(till.db, till.changes, till.clock, SHOP_ZONE, DrawerSettings.DEFAULT);
        a = till.product("A", 10_000, 500, 100);
        b = till.product("B", 2_000, 1200, 100);
        c = till.product("C", 5_000, 1800, 100);
        till.clock.set(at(MAR_2, 9, 0));
        drawer.openFloat(till.cashier, 500_000);
        sell(at(MAR_2, 9, 15), till.cashier, List.of(new Line(a.id(), 2), new Line(b.id(), 1)), PaymentDraft.cash(23_240, 25_000));
        sell(at(MAR_2, 10, 0), till.supervisor, List.of(new Line(c.id(), 1)), PaymentDraft.exact(PaymentMethod.CARD, 5_900));
        sell(at(MAR_2, 11, 0), till.cashier, List.of(new Line(a.id(), 1), new Line(c.id(), 1)),
                PaymentDraft.cash(10_000, 10_000), PaymentDraft.exact(PaymentMethod.UPI, 6_400));
        Bill voided = sell(at(MAR_2, 12, 0), till.cashier, List.of(new Line(b.id(), 3)), PaymentDraft.exact(PaymentMethod.CARD, 6_720));
        bills.voidBill(till.supervisor, voided.id(), "customer changed mind");
        till.clock.set(at(MAR_2, 13, 0));
        drawer.cashIn(till.cashier, 200_000, "change from the bank");
        till.clock.set(at(MAR_2, 14, 0));
        drawer.cashOut(till.cashier, 35_000, "cleaning supplies");
        till.clock.set(at(MAR_2, 21, 0));
        till.changes.clear();
    }

    @AfterEach
    void close() {
        till.close();
    }

    static long at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(SHOP_ZONE).toInstant().toEpochMilli();
    }

    Bill sell(long when, Actor who, List<Line> lines, PaymentDraft... payments) {
        till.clock.set(when);
        return bills.create(who, new BillDraft(null, lines, List.of(payments), null));
    }

    @Test
    void xReportAddsUpTheKnownDayToTheMinorUnitAndChangesNothing() {
        XReport x = days.xReport(till.cashier);
        assertThat(x.totals()).isEqualTo(KNOWN_DAY);
        assertThat(x.businessDate()).isEqualTo(MAR_2);
        assertThat(days.xReport(till.cashier).totals()).isEqualTo(KNOWN_DAY);
        assertThat(till.changes.changes()).isEmpty();
    }

    @Test
    void zFreezesTheDayWithTheCountAndRecordsItsEntryOnTheTillsZStream() {
        ZReportPayload z = days.closeDay(till.cashier, CountInput.ofTotal(698_000), null);
        assertThat(z.zNumber()).isEqualTo(1);
        assertThat(z.businessDate()).isEqualTo("2026-03-02");
        assertThat(z.totals()).isEqualTo(KNOWN_DAY);
        assertThat(z.count().expected()).isEqualTo(698_240);
        assertThat(z.count().variance()).isEqualTo(-240);
        assertThat(z.varianceApprovedBy()).isNull();
        Change entry = till.changes.changes().get(0);
        assertThat(entry.action()).isEqualTo(ChangeAction.CLOSE_DAY.name());
        assertThat(entry.streamKey()).isEqualTo(EntityType.Z_REPORT + ":" + TillFixture.DEVICE);
        assertThat(days.lastZ(TillFixture.DEVICE)).contains(z);
    }

    @Test
    void afterAZTheNextSaleBelongsToTheNextBusinessDayEvenOnTheSameCalendarDay() {
        days.closeDay(till.cashier, CountInput.ofTotal(698_240), null);
        Bill late = sell(at(MAR_2, 22, 0), till.cashier, List.of(new Line(b.id(), 1)), PaymentDraft.cash(2_240, 2_240));
        XReport x = days.xReport(till.cashier);
        assertThat(x.businessDate()).isEqualTo(MAR_2.plusDays(1));
        assertThat(x.totals().bills()).isEqualTo(1);
        assertThat(x.totals().total()).isEqualTo(2_240);
        assertThat(x.totals().floatTotal()).isZero();
        assertThat(x.totals().expectedCash()).isEqualTo(2_240);
        assertThat(x.totals().billRange().firstLocalLabel()).isEqualTo(late.localLabel());
        assertThat(drawer.needsFloat(till.cashier)).isTrue();
    }

    @Test
    void aTillClockSetBackCannotMoveTheBusinessDateBackwards() {
        days.closeDay(till.cashier, CountInput.ofTotal(698_240), null);
        sell(at(MAR_2.minusDays(30), 10, 0), till.cashier, List.of(new Line(b.id(), 1)), PaymentDraft.cash(2_240, 2_240));
        ZReportPayload next = days.closeDay(till.cashier, CountInput.ofTotal(2_240), null);
        assertThat(next.businessDate()).isEqualTo("2026-03-03");
        assertThat(next.zNumber()).isEqualTo(2);
    }

    @Test
    void aDayWithoutDocumentsClosesWithZeroTotalsAndTheSameBoundary() {
        days.closeDay(till.cashier, CountInput.ofTotal(698_240), null);
        till.clock.set(at(MAR_2.plusDays(1), 21, 0));
        ZReportPayload empty = days.closeDay(till.cashier, CountInput.ofTotal(0), null);
        assertThat(empty.totals().bills()).isZero();
        assertThat(empty.totals().billRange()).isEqualTo(new BillRange(null, null, 4, null, null, null));
        assertThat(empty.totals().lastMovementNumber()).isEqualTo(3);
        assertThat(empty.zNumber()).isEqualTo(2);
    }

    @Test
    void aVarianceOverTheLimitNeedsASupervisorAndARefusedCloseGivesItsNumberBack() {
        assertThatThrownBy(() -> days.closeDay(till.cashier, CountInput.ofTotal(690_000), null))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("82.40 short");
        assertThatThrownBy(() -> days.closeDay(till.cashier, CountInput.ofTotal(690_000), till.cashier.userId()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(till.changes.changes()).isEmpty();
        ZReportPayload z = days.closeDay(till.cashier, CountInput.ofTotal(690_000), till.supervisor.userId());
        assertThat(z.zNumber()).isEqualTo(1);
        assertThat(z.varianceApprovedBy()).isEqualTo(till.supervisor.userId());
        assertThat(z.count().variance()).isEqualTo(-8_240);
    }

    @Test
    void aSupervisorClosingApprovesTheirOwnCount() {
        ZReportPayload z = days.closeDay(till.supervisor, CountInput.ofTotal(700_000), null);
        assertThat(z.varianceApprovedBy()).isEqualTo(till.supervisor.userId());
    }

    @Test
    void aCountByDenominationAddsUpTheNotesAndCoins() {
        ZReportPayload z = days.closeDay(till.cashier, CountInput.of(List.of(new Denomination(50_000, 13),
                new Denomination(10_000, 4), new Denomination(5_000, 1), new Denomination(2_000, 1),
                new Denomination(1_000, 1), new Denomination(200, 1), new Denomination(20, 2))), null);
        assertThat(z.count().counted()).isEqualTo(698_240);
        assertThat(z.count().variance()).isZero();
        assertThat(z.count().denominations()).hasSize(7);
    }

    @Test
    void aCountThatWouldOverflowIsRefusedNamingTheField() {
        assertThatThrownBy(() -> days.closeDay(till.cashier, CountInput.of(List.of(new Denomination(Long.MAX_VALUE / 2, 3))), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void zNumbersAreGaplessPerTill() {
        for (int i = 0; i < 3; i++) {
            till.clock.set(at(MAR_2.plusDays(i), 21, 0));
            assertThat(days.closeDay(till.supervisor, CountInput.ofTotal(i == 0 ? 698_240 : 0), null).zNumber()).isEqualTo(i + 1);
        }
        assertThat(days.zReports(TillFixture.DEVICE, 10)).extracting(ZReportPayload::zNumber).containsExactly(3L, 2L, 1L);
        assertThat(days.zReports(TillFixture.DEVICE, 10)).extracting(ZReportPayload::businessDate)
                .containsExactly("2026-03-04", "2026-03-03", "2026-03-02");
    }

    @Test
    void theFloatOpensOncePerTillAndDayByDefault() {
        assertThat(drawer.needsFloat(till.supervisor)).isFalse();
        assertThatThrownBy(() -> drawer.openFloat(till.supervisor, 10_000)).isInstanceOf(InvalidStateException.class);
        days.closeDay(till.cashier, CountInput.ofTotal(698_240), null);
        assertThat(drawer.openFloat(till.supervisor, 10_000).kind()).isEqualTo(CashKind.FLOAT);
    }

    @Test
    void perCashierEachCashierOpensTheirOwnFloat() {
        var perCashier = new CashDrawerService(till.db, till.changes, till.clock,
                new DrawerSettings(FloatScope.CASHIER, 500, DrawerSettings.DEFAULT.denominations()));
        assertThat(perCashier.needsFloat(till.supervisor)).isTrue();
        perCashier.openFloat(till.supervisor, 10_000);
        assertThatThrownBy(() -> perCashier.openFloat(till.cashier, 10_000)).isInstanceOf(InvalidStateException.class);
        assertThat(days.xReport(till.cashier).totals().floatTotal()).isEqualTo(510_000);
    }

    @Test
    void cashMovementsAreNumberedPerTillAndEachRecordsItsEntry() {
        var out = drawer.cashOut(till.cashier, 1_500, "window cleaner");
        assertThat(out.localNumber()).isEqualTo(4);
        Change entry = till.changes.changes().get(0);
        assertThat(entry.action()).isEqualTo(ChangeAction.CASH_MOVEMENT.name());
        assertThat(entry.payloadJson()).contains("\"kind\":\"CASH_OUT\"", "\"amount\":1500", "window cleaner");
        assertThat(drawer.openDay(TillFixture.DEVICE)).extracting(m -> m.kind())
                .containsExactly(CashKind.FLOAT, CashKind.CASH_IN, CashKind.CASH_OUT, CashKind.CASH_OUT);
    }

    @Test
    void cashOutNeedsAReasonAndAPositiveAmount() {
        assertThatThrownBy(() -> drawer.cashOut(till.cashier, 1_500, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> drawer.cashOut(till.cashier, 0, "x")).isInstanceOf(ValidationException.class);
        assertThat(till.changes.changes()).isEmpty();
    }
}
