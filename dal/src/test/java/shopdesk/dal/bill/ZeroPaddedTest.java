package shopdesk.dal.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZeroPaddedTest {
    @Test
    void padsLikeTheFormatItReplaces() {
        for (long n : new long[] {0, 1, 42, 999_999, 1_000_000, 123_456_789_012L}) {
            assertThat(BillService.zeroPadded(n, 6)).isEqualTo(String.format(Locale.ROOT, "%06d", n));
        }
    }
}
