package shopdesk.dal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import shopdesk.dal.bill.CounterScope;

class AuditActionTest {
    @Test
    void everyActionReadsBackFromItsCodeAndCodesAreUnique() {
        for (AuditAction a : AuditAction.values()) assertThat(AuditAction.fromCode(a.code())).isSameAs(a);
        assertThat(java.util.Arrays.stream(AuditAction.values()).map(AuditAction::code).distinct()).hasSize(AuditAction.values().length);
    }

    @Test
    void theServersOldCodesReadAsTheSharedActions() {
        Map.of("BILL_VOIDED", AuditAction.BILL_VOID, "STOCK_OVERRIDE_USED", AuditAction.BILL_STOCK_OVERRIDE,
                "STOCK_OVERRIDE_REFUSED", AuditAction.BILL_STOCK_OVERRIDE_REFUSED, "LOGIN_LOCKED_OUT", AuditAction.USER_LOCKED_OUT)
                .forEach((old, now) -> assertThat(AuditAction.fromCode(old)).isSameAs(now));
    }

    @Test
    void aCounterKeyNamesItsScopeAndId() {
        for (CounterScope s : CounterScope.values()) {
            String key = s.key("dev-1");
            assertThat(CounterScope.ofKey(key)).isSameAs(s);
            assertThat(CounterScope.idOf(key)).isEqualTo("dev-1");
        }
        assertThat(CounterScope.DEVICE.key("d")).isEqualTo("device:d");
    }
}
