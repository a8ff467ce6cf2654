package shopdesk.dal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefundMathTest {

    /** Returning a line in parts, in these steps, refunds exactly its stored amount, each part within one unit. */
    @ParameterizedTest
    @CsvSource({
        "1000, 3, 1;1;1",     // 333 + 333 + 334
        "1000, 3, 2;1",       // 666 + 334
        "999, 7, 3;3;1",      // a discounted line: what was paid, not price x quantity
        "1, 3, 1;1;1",        // one cent over three units: 0 + 0 + 1
        "123457, 1000, 1;998;1",
        "0, 2, 1;1"})         // a free line refunds nothing
    void partsAddUpToTheLine(long amount, long sold, String steps) {
        long before = 0;
        long refunded = 0;
        for (String s : steps.split(";")) {
            long q = Long.parseLong(s);
            long part = RefundMath.share(amount, sold, before, q);
            assertThat(RefundMath.acceptable(amount, sold, q, part)).as("part %d of %d", q, sold).isTrue();
            refunded += part;
            before += q;
        }
        assertThat(refunded).isEqualTo(amount);
    }

    @Test
    void moreThanWasSoldOrAnOverflowIsAnError() {
        assertThatThrownBy(() -> RefundMath.share(1000, 3, 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RefundMath.share(Long.MAX_VALUE / 2, 10, 0, 5)).isInstanceOf(ArithmeticException.class);
        assertThat(RefundMath.acceptable(1000, 3, 1, 335)).isFalse();
        assertThat(RefundMath.acceptable(1000, 3, 1, 332)).isFalse();
    }
}
