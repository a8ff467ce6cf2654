package shopdesk.dal.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.BillCalculator;
import shopdesk.dal.common.Text;
import shopdesk.protocol.StrictJson;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;

class LimitsTest {
    @Test
    void eachPayloadFieldHasItsRangeByName() {
        assertThat(Limits.forField("payload.items[3].quantity")).isEqualTo(Limits.QUANTITY);
        assertThat(Limits.forField("payload.payments[0].amount")).isEqualTo(Limits.AMOUNT);
        assertThat(Limits.forField("taxRateBp")).isEqualTo(Limits.TAX_RATE);
        assertThat(Limits.forField("payload.localNumber")).isNull();
        assertThat(Limits.QUANTITY.problem(100_001)).contains("from 1 to 100000", "was 100001");
    }

    @Test
    void totalsBeyondTheAmountLimitOrALongAreArithmeticErrorsNeverWrappedNumbers() {
        assertThat(BillCalculator.totals(List.of(new BillCalculator.Line(1, Limits.MAX_AMOUNT, 0))).total()).isEqualTo(Limits.MAX_AMOUNT);
        assertThatThrownBy(() -> BillCalculator.totals(List.of(new BillCalculator.Line(1, Limits.MAX_AMOUNT, 1))))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BillCalculator.line(new BillCalculator.Line(Long.MAX_VALUE, 2, 0)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> BillCalculator.totals(List.of(new BillCalculator.Line(1, 600_000_000_000L, 0),
                new BillCalculator.Line(1, 600_000_000_000L, 0)))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void payloadNumbersAreReadExactlyOrRefusedNamingTheField() {
        String bill = "{\"localNumber\":%s,\"items\":[{\"lineNo\":1,\"quantity\":%s}]}";
        assertThat(Payloads.fromJson(bill.formatted("7", "2"), BillPayload.class).items().get(0).quantity()).isEqualTo(2);
        assertThat(Payloads.fromJson(bill.formatted("7", "2.0"), BillPayload.class).items().get(0).quantity()).isEqualTo(2);
        for (String q : List.of("1.5", "18446744073709552116", "9223372036854775808", "\"many\"", "true", "1e400")) {
            assertThatThrownBy(() -> Payloads.fromJson(bill.formatted("7", q), BillPayload.class)).as(q)
                    .isInstanceOf(StrictJson.Refusal.class).hasMessageContaining("$.items[0].quantity");
        }
        assertThatThrownBy(() -> Payloads.fromJson(bill.formatted("7", "1").replace("[{", "[4,{"), BillPayload.class))
                .isInstanceOf(StrictJson.Refusal.class).hasMessageContaining("$.items[0]").hasMessageNotContaining("BEGIN_OBJECT");
    }

    @Test
    void invisibleAndControlCharactersAreRecognised() {
        assertThat(Text.isVisiblyEmpty("\u200B \uFEFF\u3164\t")).isTrue();
        assertThat(Text.isVisiblyEmpty("\u200Ba")).isFalse();
        assertThat(Text.hasControlCharacter("a\u0000")).isTrue();
        assertThat(Text.hasControlCharacter("Chai \u0905")).isFalse();
        assertThat(Text.forLog("a\r\nb\u0000c\u2028")).isEqualTo("a\\r\\nb\\u0000c\\u2028");
    }
}
