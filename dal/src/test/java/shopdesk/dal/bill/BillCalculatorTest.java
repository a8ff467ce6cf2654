package shopdesk.dal.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shopdesk.dal.bill.BillCalculator.Line;
import shopdesk.dal.bill.BillCalculator.LineTotals;
import shopdesk.dal.bill.BillCalculator.TaxLine;
import shopdesk.dal.bill.BillCalculator.Totals;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.CashRounding;

class BillCalculatorTest {
    private static Line excl(long qty, long price, int bp) {
        return new Line(qty, false, price, bp, false, null);
    }

    private static Line incl(long qty, long price, int bp) {
        return new Line(qty, false, price, bp, true, null);
    }

    private static Line weighed(long grams, long pricePerKg, int bp) {
        return new Line(grams, true, pricePerKg, bp, false, null);
    }

    private static Line off(Line l, Discount d) {
        return new Line(l.quantity(), l.weighed(), l.unitPrice(), l.taxRateBp(), l.taxInclusive(), d);
    }

    /** name, lines, bill discount, coin, expected subtotal, tax, discount, rounding, total (all minor units). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("exclusive: 3 x 49.99 at 18%, tax 26.9946 rounds to 26.99",
                        List.of(excl(3, 4_999, 1_800)), null, 1, 14_997, 2_699, 0, 0, 17_696),
                Arguments.of("inclusive: 118.00 at 18% holds 18.00 of tax",
                        List.of(incl(1, 11_800, 1_800)), null, 1, 10_000, 1_800, 0, 0, 11_800),
                Arguments.of("inclusive: 10.00 at 5% holds 0.476 of tax, rounded to 0.48",
                        List.of(incl(1, 1_000, 500)), null, 1, 952, 48, 0, 0, 1_000),
                Arguments.of("line discount 10% of 200.00, tax at 5% on the 180.00 left",
                        List.of(off(excl(2, 10_000, 500), Discount.percent(1_000))), null, 1, 18_000, 900, 2_000, 0, 18_900),
                Arguments.of("line discount of an amount",
                        List.of(off(excl(1, 10_000, 1_200), Discount.amount(1_550))), null, 1, 8_450, 1_014, 1_550, 0, 9_464),
                Arguments.of("bill discount 10.00 spread 3.00/7.00 over 30.00 and 70.00",
                        List.of(excl(1, 3_000, 0), excl(1, 7_000, 0)), Discount.amount(1_000), 1, 9_000, 0, 1_000, 0, 9_000),
                Arguments.of("bill discount 1.00 over three 1.00 lines: the spare paisa goes to the first",
                        List.of(excl(1, 100, 0), excl(1, 100, 0), excl(1, 100, 0)), Discount.amount(100), 1, 200, 0, 100, 0, 200),
                Arguments.of("rounding to 0.05: 10.03 becomes 10.05",
                        List.of(excl(1, 1_003, 0)), null, 5, 1_003, 0, 0, 2, 1_005),
                Arguments.of("rounding to 0.05: 10.02 becomes 10.00",
                        List.of(excl(1, 1_002, 0)), null, 5, 1_002, 0, 0, -2, 1_000),
                Arguments.of("rounding to 1.00: exactly half rounds up",
                        List.of(excl(1, 1_050, 0)), null, 100, 1_050, 0, 0, 50, 1_100),
                Arguments.of("weighed: 0.755 kg at 120.00/kg is 90.60",
                        List.of(weighed(755, 12_000, 0)), null, 1, 9_060, 0, 0, 0, 9_060),
                Arguments.of("weighed: 0.333 kg at 99.99/kg is 33.29667, rounded to 33.30; 5% tax 1.665 to 1.67",
                        List.of(weighed(333, 9_999, 500)), null, 1, 3_330, 167, 0, 0, 3_497),
                Arguments.of("mixed: inclusive and exclusive, line and bill discounts, rounding to 1.00",
                        List.of(incl(2, 5_900, 1_800), off(excl(1, 10_000, 1_200), Discount.amount(500))),
                        Discount.percent(1_000), 100, 17_550, 2_646, 2_630, 4, 20_200),
                Arguments.of("100% line discount leaves nothing to tax",
                        List.of(off(excl(1, 5_000, 1_800), Discount.percent(10_000)), excl(1, 1_000, 1_800)), null, 1,
                        1_000, 180, 5_000, 0, 1_180));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseTotalsToTheMinorUnit(String name, List<Line> lines, Discount bill, long coin, long subtotal, long tax,
                                       long discount, long rounding, long total) {
        Totals t = BillCalculator.totals(lines, bill, new CashRounding(coin));
        assertThat(List.of(t.subtotal(), t.tax(), t.discount(), t.rounding(), t.total()))
                .as(name).containsExactly(subtotal, tax, discount, rounding, total);
        // the parts always add up: lines to the bill, tax table to the bill, subtotal + tax + rounding to the total
        assertThat(t.subtotal() + t.tax() + t.rounding()).isEqualTo(t.total());
        assertThat(t.lines().stream().mapToLong(LineTotals::total).sum()).isEqualTo(t.unrounded());
        assertThat(t.lines().stream().mapToLong(LineTotals::discount).sum()).isEqualTo(t.discount());
        assertThat(t.lines().stream().mapToLong(LineTotals::billDiscount).sum()).isEqualTo(t.billDiscount());
        assertThat(t.taxes().stream().mapToLong(TaxLine::taxable).sum()).isEqualTo(t.subtotal());
        assertThat(t.taxes().stream().mapToLong(TaxLine::tax).sum()).isEqualTo(t.tax());
    }

    @Test
    void theTaxTableHasOneRowPerRateInRateOrder() {
        Totals t = BillCalculator.totals(List.of(incl(2, 5_900, 1_800), off(excl(1, 10_000, 1_200), Discount.amount(500))),
                Discount.percent(1_000), new CashRounding(100));
        assertThat(t.taxes()).containsExactly(new TaxLine(1_200, 8_550, 1_026), new TaxLine(1_800, 9_000, 1_620));
        assertThat(t.lines()).extracting(LineTotals::billDiscount).containsExactly(1_180L, 950L);
    }

    @Test
    void taxIsRoundedPerLineAndTheBillSumsItsLines() {
        // each line's tax is 0.5 paise rounded up to 1; tax on the summed subtotal would be 1 too, not 2
        Totals t = BillCalculator.totals(List.of(new Line(1, 25, 200), new Line(1, 25, 200)));
        assertThat(t.lines()).extracting(LineTotals::tax).containsExactly(1L, 1L);
        assertThat(t.subtotal()).isEqualTo(50);
        assertThat(t.tax()).isEqualTo(2);
        assertThat(t.total()).isEqualTo(52);
    }

    @Test
    void anEmptyBillIsZero() {
        assertThat(BillCalculator.totals(List.of())).isEqualTo(Totals.EMPTY);
    }

    @Test
    void aDiscountAboveWhatItAppliesToIsRefusedNotClipped() {
        assertThatThrownBy(() -> BillCalculator.line(off(excl(1, 1_000, 0), Discount.amount(1_001))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BillCalculator.totals(List.of(excl(1, 1_000, 0)), Discount.percent(10_001), CashRounding.NONE))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BillCalculator.totals(List.of(excl(1, 1_000, 0)), Discount.amount(-1), CashRounding.NONE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anOverflowIsAnErrorNeverAWrappedTotal() {
        assertThatThrownBy(() -> BillCalculator.line(new Line(Long.MAX_VALUE, 2, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BillCalculator.line(weighed(Long.MAX_VALUE, 2, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BillCalculator.totals(List.of(new Line(1, Long.MAX_VALUE, 0), new Line(1, 1, 0))))
                .isInstanceOf(ArithmeticException.class);
    }
}
