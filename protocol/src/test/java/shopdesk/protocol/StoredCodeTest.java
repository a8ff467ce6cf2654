package shopdesk.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoredCodeTest {
    @Test
    void everyBillStatusAndMovementKindReadsBackFromItsCode() {
        for (BillStatus s : BillStatus.values()) assertThat(BillStatus.fromCode(s.code())).isSameAs(s);
        for (MovementKind k : MovementKind.values()) assertThat(MovementKind.fromCode(k.code())).isSameAs(k);
    }

    @Test
    void storedCodesAreTheNamesDatabasesAlreadyHold() {
        assertThat(BillStatus.COMPLETED.code()).isEqualTo("COMPLETED");
        assertThat(BillStatus.VOIDED.code()).isEqualTo("VOIDED");
        assertThat(MovementKind.INITIAL.code()).isEqualTo("INITIAL");
    }

    @Test
    void theTillsOldVoidSpellingStillReadsAndUnknownCodesAreRefused() {
        assertThat(BillStatus.fromCode("VOID")).isSameAs(BillStatus.VOIDED);
        assertThatThrownBy(() -> BillStatus.fromCode("OPEN")).hasMessageContaining("BillStatus");
    }
}
