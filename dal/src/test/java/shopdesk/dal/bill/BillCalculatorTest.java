package shopdesk.dal.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.BillCalculator.Line;
import shopdesk.dal.bill.BillCalculator.LineTotals;
import shopdesk.dal.bill.BillCalculator.Totals;

class BillCalculatorTest {
    @Test
    void aLineIsQuantityTimesPriceWithTaxOnTop() {
        assertThat(BillCalculator.line(new Line(3, 4_999, 1_800)))
                .isEqualTo(new LineTotals(14_997, 2_699, 17_696));
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
        assertThat(BillCalculator.totals(List.of())).isEqualTo(new Totals(0, 0, 0, List.of()));
    }

    @Test
    void anOverflowIsAnErrorNeverAWrappedTotal() {
        assertThatThrownBy(() -> BillCalculator.line(new Line(Long.MAX_VALUE, 2, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BillCalculator.totals(List.of(new Line(1, Long.MAX_VALUE, 0), new Line(1, 1, 0))))
                .isInstanceOf(ArithmeticException.class);
    }
}
