package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.i18n.Messages;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.money.Money;
import shopdesk.dal.user.Role;

/** The sale screen takes a store-credit note as payment, never more than is left on it. */
class StoreCreditPaymentTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    SessionHolder sessions = new SessionHolder();
    SalePresenter presenter = new SalePresenter(catalog, sales, sessions);
    List<String> asked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10); // 126.00 with tax
        sessions.start(new FakeAuth().user("cashier", "pw", Role.CASHIER));
        presenter.useStoreCredit(number -> {
            asked.add(number);
            return switch (number.toUpperCase()) {
                case "T1-C000001" -> new StoreCreditLookup.Found("T1-C000001", 5_000);
                case "T2-C000003" -> new StoreCreditLookup.NeedsConnection("T2-C000003");
                default -> new StoreCreditLookup.Unknown(number.toUpperCase());
            };
        });
        presenter.scan("TEA-250");
    }

    @Test
    void anotherTillsNoteIsLookedUpFirstThenTakenWithTheAnswer() {
        presenter.checkingNote(" T2-C000009 ");
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.checking", "T2-C000009"));
        StoreCreditLookup.Answer answer = new StoreCreditLookup.Found("T2-C000009", 3_000); // what the server said
        assertThat(presenter.payNote("", answer)).isTrue();
        assertThat(presenter.sale().tenders()).singleElement().satisfies(t -> {
            assertThat(t.reference()).isEqualTo("T2-C000009");
            assertThat(Money.format(t.amount())).isEqualTo(Money.format(3_000));
        });
        assertThat(presenter.payNote("", new StoreCreditLookup.NeedsConnection("T2-C000003"))).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.offline", "T2-C000003"));
        assertThat(presenter.checkNote(" t1-c000001 ")).isEqualTo(new StoreCreditLookup.Found("T1-C000001", 5_000));
    }

    @Test
    void aBlankAmountTakesWhatIsLeftOnTheNoteAndCashPaysTheRest() {
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "", "t1-c000001")).isTrue();
        assertThat(presenter.sale().tenders()).singleElement().satisfies(t -> {
            assertThat(t.method()).isEqualTo(PaymentMethod.STORE_CREDIT);
            assertThat(t.reference()).isEqualTo("T1-C000001");
            assertThat(Money.format(t.amount())).isEqualTo(Money.format(5_000));
        });
        assertThat(Money.format(presenter.sale().due())).isEqualTo(Money.format(12_600 - 5_000));
        assertThat(presenter.pay(PaymentMethod.CASH, "", null)).isTrue();
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.Completed.class);
    }

    @Test
    void moreThanIsLeftIsRefusedAndTheSameNoteCannotPayTwice() {
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "60", "T1-C000001")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.tooMuch", "T1-C000001", Money.format(5_000)));
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "30", "T1-C000001")).isTrue();
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "30", "T1-C000001")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.tooMuch", "T1-C000001", Money.format(2_000)));
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "", "T1-C000001")).isTrue();
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "", "T1-C000001")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.used", "T1-C000001"));
    }

    @Test
    void anUnknownNoteAnotherTillsNoteOfflineAndNoNumberSaySo() {
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "", "T1-C000009")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.unknown", "T1-C000009"));
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "", "T2-C000003")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.offline", "T2-C000003"));
        assertThat(presenter.pay(PaymentMethod.STORE_CREDIT, "", " ")).isFalse();
        assertThat(presenter.message()).isEqualTo(Messages.get("credit.pay.number"));
        assertThat(presenter.sale().tenders()).isEmpty();
        assertThat(asked).containsExactly("T1-C000009", "T2-C000003");
    }
}
