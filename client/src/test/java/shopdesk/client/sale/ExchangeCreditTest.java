package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.dal.common.Actor;
import shopdesk.dal.user.Role;

/** An exchange's credit paying a sale, on its own. */
class ExchangeCreditTest {
    FakeCatalog catalog = new FakeCatalog();
    Sale sale = new Sale();
    ExchangeCredit credit = new ExchangeCredit();
    Actor cashier = new Actor("u1", Role.CASHIER, "shop", "till");

    @Test
    void theCreditPaysUpToWhatIsDueAsAVoucherWithTheReturnsReference() {
        sale.add(catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10), 1);
        credit.start(15_000, "R-7", null, null);
        credit.payOn(sale);
        assertThat(sale.isPaid()).isTrue();
        assertThat(sale.tenders()).singleElement().satisfies(t -> {
            assertThat(t.method()).isEqualTo(PaymentMethod.VOUCHER);
            assertThat(t.amount()).isEqualTo(10_000);
            assertThat(t.reference()).isEqualTo("R-7");
        });
        assertThat(credit.left()).isEqualTo(5_000);
        credit.payOn(sale);
        assertThat(sale.tenders()).as("a paid sale takes no more").hasSize(1);
    }

    @Test
    void anEmptySaleTakesNothing() {
        credit.start(15_000, "R-7", null, null);
        credit.payOn(sale);
        assertThat(sale.tenders()).isEmpty();
        assertThat(credit.left()).isEqualTo(15_000);
    }

    @Test
    void whatIsLeftIsSaidOnceAndWithoutANoteWriterItIsMoneyBack() {
        credit.start(5_000, "R-7", null, null);
        assertThat(credit.settle(cashier, "bill-1")).contains("50.00");
        assertThat(credit.left()).isZero();
        assertThat(credit.settle(cashier, "bill-1")).isEmpty();
    }

    @Test
    void aDroppedCreditPaysNothing() {
        sale.add(catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 10), 1);
        credit.start(15_000, "R-7", null, null);
        credit.drop();
        credit.payOn(sale);
        assertThat(sale.tenders()).isEmpty();
    }
}
