package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeCatalog;

/** Taking payment, on its own. */
class SalePaymentsTest {
    FakeCatalog catalog = new FakeCatalog();
    Sale sale = new Sale();
    SaleStatus status = new SaleStatus();
    ExchangeCredit credit = new ExchangeCredit();
    SalePayments payments = new SalePayments(sale, status, credit, new UncheckedNotes(sale));

    @BeforeEach
    void setUp() {
        sale.add(catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10), 1);
    }

    @Test
    void aBlankAmountPaysTheRestAndCashOverTheDueIsChange() {
        assertThat(payments.pay(PaymentMethod.CARD, "40.00", "AUTH-1")).isTrue();
        assertThat(status.message()).contains("60.00");
        assertThat(payments.pay(PaymentMethod.CASH, "100.00", null)).isTrue();
        assertThat(sale.isPaid()).isTrue();
        assertThat(status.message()).contains("40.00");
    }

    @Test
    void anUnreadableAmountIsRefusedAndNothingIsTaken() {
        assertThat(payments.pay(PaymentMethod.CASH, "ten", null)).isFalse();
        assertThat(status.isError()).isTrue();
        assertThat(sale.tenders()).isEmpty();
    }

    @Test
    void anExchangesCreditPaysBeforeAnythingElse() {
        credit.start(10_000, "R-1", null, null);
        assertThat(payments.pay(PaymentMethod.CASH, null, null)).isTrue();
        assertThat(sale.tenders()).singleElement().extracting(Tender::method).isEqualTo(PaymentMethod.VOUCHER);
    }

    @Test
    void aRemovedPaymentSaysWhatIsDueAgain() {
        payments.pay(PaymentMethod.CASH, null, null);
        payments.removePayment(0);
        assertThat(sale.tenders()).isEmpty();
        assertThat(status.message()).contains("100.00");
        payments.removePayment(3); // no such payment: nothing happens
        assertThat(sale.tenders()).isEmpty();
    }

    @Test
    void withoutNotesAStoreCreditNumberIsUnknown() {
        assertThat(payments.noteAsksServer("T1-C000001")).isFalse();
        assertThat(payments.pay(PaymentMethod.STORE_CREDIT, null, "T1-C000001")).isFalse();
        assertThat(status.isError()).isTrue();
    }
}
