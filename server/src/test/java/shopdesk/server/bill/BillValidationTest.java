package shopdesk.server.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.RejectCodes;
import shopdesk.protocol.payload.BillPayload;
import shopdesk.server.push.EntryRefused;

/** The bill checks that need no database, on payloads built in memory. */
class BillValidationTest {
    private static final BillPayload.Item TEA = new BillPayload.Item(1, "p-1", "TEA", "Tea 250g", 3, 12_000, 500);

    private static BillPayload bill(List<BillPayload.Item> items, long subtotal, long tax, long total,
                                    List<BillPayload.Payment> payments) {
        return new BillPayload("b-1", "d-1", "u-1", null, 7, "T1-7", 1_700_000_000_000L, subtotal, tax, total, items,
                payments, null, null, BillStatus.COMPLETED);
    }

    private static BillPayload good() {
        return bill(List.of(TEA), 36_000, 1_800, 37_800, List.of(new BillPayload.Payment(1, "CASH", 37_800, 40_000, null)));
    }

    private static void refused(Executable check, String code, String messagePart) {
        assertThatThrownBy(check::execute).isInstanceOfSatisfying(EntryRefused.class, r -> {
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.getMessage()).contains(messagePart);
        });
    }

    @Test
    void aBillWhoseArithmeticHoldsPassesAndAnswersWhatWasPaid() {
        BillValidation.fields(good());
        assertThat(BillValidation.amounts(good())).isEqualTo(37_800);
    }

    @Test
    void paymentsSplitOverSeveralMethodsAddUp() {
        BillPayload split = bill(List.of(TEA), 36_000, 1_800, 37_800, List.of(
                new BillPayload.Payment(1, "CASH", 7_800, 10_000, null), new BillPayload.Payment(2, "CARD", 30_000, 30_000, "r")));
        assertThat(BillValidation.amounts(split)).isEqualTo(37_800);
    }

    @Test
    void aBillWithoutItemsIsRefusedNamingTheField() {
        refused(() -> BillValidation.fields(bill(List.of(), 0, 0, 0, List.of())), RejectCodes.INVALID_PAYLOAD, "payload.items");
        refused(() -> BillValidation.fields(bill(null, 0, 0, 0, List.of())), RejectCodes.INVALID_PAYLOAD, "payload.items");
    }

    @Test
    void aBadItemIsNamedByItsPosition() {
        List<BillPayload.Item> missing = new ArrayList<>(Arrays.asList(TEA, null));
        refused(() -> BillValidation.fields(bill(missing, 0, 0, 0, List.of())), RejectCodes.INVALID_PAYLOAD,
                "'payload.items[1]' is missing");
        BillPayload.Item none = new BillPayload.Item(1, "p-1", "TEA", "Tea", 0, 12_000, 500);
        refused(() -> BillValidation.fields(bill(List.of(TEA, none), 0, 0, 0, List.of())), RejectCodes.INVALID_PAYLOAD,
                "payload.items[1].quantity");
        BillPayload.Item longSku = new BillPayload.Item(1, "p-1", "S".repeat(65), "Tea", 1, 12_000, 500);
        refused(() -> BillValidation.fields(bill(List.of(longSku), 0, 0, 0, List.of())), RejectCodes.INVALID_PAYLOAD,
                "payload.items[0].sku");
    }

    @Test
    void aMissingDeviceOrAPaymentWithoutMethodIsRefused() {
        BillPayload noDevice = new BillPayload("b-1", " ", "u-1", null, 7, "T1-7", 0L, 0, 0, 0, List.of(TEA), List.of(), null,
                null, BillStatus.COMPLETED);
        refused(() -> BillValidation.fields(noDevice), RejectCodes.INVALID_PAYLOAD, "payload.deviceId");
        BillPayload noMethod = bill(List.of(TEA), 36_000, 1_800, 37_800, List.of(new BillPayload.Payment(1, null, 37_800, 0, null)));
        refused(() -> BillValidation.fields(noMethod), RejectCodes.INVALID_PAYLOAD, "payload.payments[0].method");
    }

    @Test
    void totalsTheServerComputesDifferentlyAreRefused() {
        BillPayload wrongTax = bill(List.of(TEA), 36_000, 1_700, 37_700,
                List.of(new BillPayload.Payment(1, "CASH", 37_700, 37_700, null)));
        refused(() -> BillValidation.amounts(wrongTax), RejectCodes.TOTAL_MISMATCH, "tax 1800");
    }

    @Test
    void amountsThatOverflowAreRefusedNotWrapped() {
        BillPayload.Item huge = new BillPayload.Item(1, "p-1", "GOLD", "Gold", Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 0);
        refused(() -> BillValidation.amounts(bill(List.of(huge), 0, 0, 0, List.of())), RejectCodes.TOTAL_MISMATCH, "overflow");
    }

    @Test
    void paymentsThatDoNotAddUpToTheTotalAreRefused() {
        BillPayload short1 = bill(List.of(TEA), 36_000, 1_800, 37_800,
                List.of(new BillPayload.Payment(1, "CASH", 37_000, 37_000, null)));
        refused(() -> BillValidation.amounts(short1), RejectCodes.PAYMENT_MISMATCH, "add up to 37000");
        refused(() -> BillValidation.amounts(bill(List.of(TEA), 36_000, 1_800, 37_800, null)), RejectCodes.PAYMENT_MISMATCH,
                "add up to 0");
    }
}
