package shopdesk.outbox.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shopdesk.protocol.BillStatus;
import shopdesk.protocol.payload.BillPayload;

/** A refused bill overridden by a supervisor: one approval per entry, so the overrider also vouches for its note. */
class BillRepairNoteApproverTest {
    private static BillPayload bill(String noteApprovedBy) {
        return new BillPayload("b1", "d2", "cashier", null, 1, "T2-000001", 1L, 1_000, 0, 1_000,
                List.of(new BillPayload.Item(1, "p1", "TEA", "Tea", 1, 1_000, 0)),
                List.of(new BillPayload.Payment(1, "STORE_CREDIT", 1_000, 1_000, "T1-C000003")), null, null,
                BillStatus.COMPLETED).withNoteApprovedBy(noteApprovedBy);
    }

    @Test
    void theOverridingSupervisorTakesOverTheNotesApprovalAndABillWithoutOneGetsNone() {
        BillPayload overridden = BillRepair.withOverride(bill("sam"), "ravi");
        assertThat(overridden.overrideUserId()).isEqualTo("ravi");
        assertThat(overridden.noteApprovedBy()).isEqualTo("ravi");
        assertThat(BillRepair.withOverride(bill(null), "ravi").noteApprovedBy()).isNull();
    }
}
