package shopdesk.server.bill;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
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
            String numbered = unnumbered.numbered(12_345, "INV/25-26/\"7\"");
            assertThat(numbered).isEqualTo(UnnumberedBillJson.feedJson(unnumbered.withNumber(12_345), "INV/25-26/\"7\""));
            assertThat(Payloads.fromJson(numbered, BillPayload.class)).isEqualTo(unnumbered.withNumber(12_345));
            assertThat(JsonParser.parseString(numbered).getAsJsonObject().get("legalLabel").getAsString())
                    .isEqualTo("INV/25-26/\"7\"");
        }
    }

    @Test
    void aPayloadThatDoesNotEndAsExpectedIsSerialisedAgain() {
        UnnumberedBillJson unnumbered = new UnnumberedBillJson(bill(null, BillStatus.VOIDED));
        assertThat(unnumbered.numbered(5, "BOS/1")).isEqualTo(UnnumberedBillJson.feedJson(unnumbered.withNumber(5), "BOS/1"));
    }
}
