package shopdesk.server.bill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.protocol.payload.Payloads;

class UnnumberedBillJsonTest {
    private static BillPayload bill(String customerId, BillStatus status) {
        return new BillPayload("b-1", "d-1", "u-1", customerId, 7, "T1-7", 1_700_000_000_000L, 36_000, 1_800, 37_800,
                List.of(new BillPayload.Item(1, "p-1", "TEA", "Tea \"gold\" 250g", 3, 12_000, 500)),
                List.of(new BillPayload.Payment(1, "CASH", 37_800, 40_000, null)), null, null, status);
    }

    @Test
    void theNumberedTextIsWhatSerialisingTheNumberedBillGives() {
        for (String customer : new String[] {null, "c-9"}) {
            UnnumberedBillJson unnumbered = new UnnumberedBillJson(bill(customer, BillStatus.COMPLETED));
            String numbered = unnumbered.numbered(12_345);
            assertThat(numbered).isEqualTo(Payloads.toJson(unnumbered.withNumber(12_345)));
            assertThat(Payloads.fromJson(numbered, BillPayload.class).serverNumber()).isEqualTo(12_345L);
        }
    }

    @Test
    void aPayloadThatDoesNotEndAsExpectedIsSerialisedAgain() {
        UnnumberedBillJson unnumbered = new UnnumberedBillJson(bill(null, BillStatus.VOIDED));
        assertThat(unnumbered.numbered(5)).isEqualTo(Payloads.toJson(unnumbered.withNumber(5)));
    }
}
