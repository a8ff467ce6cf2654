package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.money.Limits;
import shopdesk.dal.user.Role;

/** Every value out of range on the sale screen gets a plain message and leaves the sale as it was. */
class SaleLimitsTest {
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    SalePresenter presenter = new SalePresenter(catalog, new FakeSales(catalog), sessions);
    ProductView tea, gold;

    @BeforeEach
    void setUp() {
        tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        gold = catalog.add("GOLD", "8901000000099", "Gold bar", Limits.MAX_AMOUNT / 2, 0, 10);
        sessions.start(new FakeAuth().user("cashier", "pw", Role.CASHIER));
    }

    private void assertRefusedAndUnchanged(boolean accepted, int lines, String... words) {
        assertThat(accepted).isFalse();
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.message()).contains(words);
        assertThat(presenter.sale().lines()).hasSize(lines);
    }

    @ParameterizedTest(name = "scan \"{0}\"")
    @ValueSource(strings = {"1.5*TEA-250", "99999999999999999999*TEA-250", "9223372036854775807*TEA-250", "100001*TEA-250",
            "0*TEA-250", "-3*TEA-250", "abc*TEA-250", "1e3*TEA-250"})
    void aScannedQuantityOutOfRangeIsRefusedWithAMessage(String input) {
        assertRefusedAndUnchanged(presenter.scan(input), 0, "");
        assertThat(presenter.message()).isNotBlank();
    }

    @Test
    void scanningMoreOfALineThanItsLimitKeepsTheLineAsItWas() {
        assertThat(presenter.scan("100000*TEA-250")).isTrue();
        assertRefusedAndUnchanged(presenter.scan("TEA-250"), 1, "100000");
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(Limits.MAX_QUANTITY);
        assertRefusedAndUnchanged(presenter.scan("9223372036854775807*TEA-250"), 1, "100000");
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(Limits.MAX_QUANTITY);
    }

    @Test
    void aBillBeyondTheAmountLimitIsRefusedWithAMessage() {
        assertThat(presenter.scan("2*GOLD")).isTrue(); // exactly the limit
        assertThat(presenter.sale().total()).isEqualTo(Limits.MAX_AMOUNT);
        assertRefusedAndUnchanged(presenter.scan("TEA-250"), 1, "more than");
        assertThat(presenter.sale().total()).isEqualTo(Limits.MAX_AMOUNT);
    }

    @ParameterizedTest(name = "quantity \"{0}\"")
    @ValueSource(strings = {"1.5", "100001", "0", "-1", "9223372036854775808", "ten", ""})
    void aTypedQuantityOutOfRangeIsRefusedAndTheLineKept(String text) {
        presenter.scan("3*TEA-250");
        assertThat(presenter.setQuantity(0, text)).isFalse();
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(3);
    }

    @Test
    void aQuantityThatTakesTheBillPastTheAmountLimitIsRefused() {
        presenter.scan("GOLD");
        assertThat(presenter.setQuantity(0, "3")).isFalse();
        assertThat(presenter.message()).contains("more than");
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(1);
    }

    @ParameterizedTest(name = "cash \"{0}\"")
    @ValueSource(strings = {"10000000000.01", "99999999999999999999", "1e30", "12.345", "-5", "0", "lots"})
    void aPaymentOutOfRangeIsRefusedWithAMessage(String amount) {
        presenter.scan("TEA-250");
        assertThat(presenter.pay(PaymentMethod.CASH, amount, null)).isFalse();
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.sale().tenders()).isEmpty();
    }

    @Test
    void cashUpToTheAmountLimitIsTakenWithChange() {
        presenter.scan("TEA-250");
        assertThat(presenter.pay(PaymentMethod.CASH, "10000000000.00", null)).isTrue();
        assertThat(presenter.sale().changeDue()).isEqualTo(Limits.MAX_AMOUNT - 12_600);
    }
}
