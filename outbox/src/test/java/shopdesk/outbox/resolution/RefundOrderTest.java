package shopdesk.outbox.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.payload.BillPayload;

/** A reduced bill's refund: cash first, then card, store credit last; payments keep their order and numbers. */
class RefundOrderTest {
    final List<BillPayload.Payment> paid = List.of(new BillPayload.Payment(1, "STORE_CREDIT", 600, 600, "T2-C000001"),
            new BillPayload.Payment(2, "CARD", 300, 300, null), new BillPayload.Payment(3, "CASH", 200, 500, null));

    @Test
    void cashGoesBackFirstThenCardAndTheNoteLast() {
        assertThat(RefundOrder.cut(paid, 100)).containsExactly(paid.get(0), paid.get(1),
                new BillPayload.Payment(3, "CASH", 100, 500, null)); // cash keeps what was handed over
        assertThat(RefundOrder.cut(paid, 350)).containsExactly(paid.get(0), new BillPayload.Payment(2, "CARD", 150, 150, null));
        assertThat(RefundOrder.cut(paid, 700)).containsExactly(new BillPayload.Payment(1, "STORE_CREDIT", 400, 400, "T2-C000001"));
        assertThat(RefundOrder.cut(paid, 0)).isEqualTo(paid);
    }

    @Test
    void nothingLeftKeepsTheFirstPaymentAtZero() {
        assertThat(RefundOrder.cut(paid, 1_100)).containsExactly(new BillPayload.Payment(1, "STORE_CREDIT", 0, 0, "T2-C000001"));
    }
}
