package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.bill.SaleRules;
import shopdesk.dal.money.CashRounding;
import shopdesk.dal.user.Role;

/**
 * Issue 23: another till's paper note the till cannot check (offline, or not on the server yet) is taken only when a
 * supervisor vouches for it, for the amount typed from the note; this till's unknown number stays refused.
 */
class UncheckedNotePaymentTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    FakeAuth auth = new FakeAuth();
    SessionHolder sessions = new SessionHolder();
    Sale sale = new Sale(new SaleRules(new CashRounding(1), 1_000));
    SaleStatus status = new SaleStatus();
    UncheckedNotes unchecked = new UncheckedNotes(sale);
    ExchangeCredit credit = new ExchangeCredit();
    SalePayments payments = new SalePayments(sale, status, credit, unchecked);
    List<String> cleared = new ArrayList<>();
    Checkout checkout = new Checkout(sales, sessions, sale, status, new DiscountApproval(sale, sessions), credit, unchecked,
            () -> cleared.add("cleared"));
    Session boss = auth.user("boss", "pw", Role.SUPERVISOR);
    /** Till T2's lookup: T2's own numbers are checked here; T1's cannot be (no connection). */
    StoreCreditLookup offline = new StoreCreditLookup() {
        @Override
        public Answer check(String number) {
            return number.startsWith("T2-") ? new Unknown(number) : new NeedsConnection(number);
        }

        @Override
        public boolean anotherTills(String number) {
            return !number.startsWith("T2-");
        }
    };

    @BeforeEach
    void setUp() {
        ProductView tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 10_000, 0, 5);
        sale.add(tea, 1);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
        sales.supervisorIds.add(boss.userId());
        payments.useStoreCredit(offline);
    }

    @Test
    void anotherTillsNoteOfflineAsksASupervisorAndTakesNothingYet() {
        assertThat(payments.payNote("30.00", offline.check("T1-C000003"))).isFalse();
        assertThat(payments.pendingNote()).contains(new UncheckedNotes.Pending("T1-C000003", 3_000));
        assertThat(sale.tenders()).isEmpty();
        assertThat(status.message()).contains("T1-C000003", "30.00");
    }

    @Test
    void approvedTheTypedAmountIsTakenAndTheBillNamesTheSupervisor() {
        payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-C000003");
        assertThat(payments.acceptNote(boss)).isTrue();
        assertThat(sale.tenders()).containsExactly(new Tender(PaymentMethod.STORE_CREDIT, 3_000, 3_000, "T1-C000003"));
        assertThat(payments.pendingNote()).isEmpty();
        payments.pay(PaymentMethod.CASH, null, null);
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sales.lastNoteApprovedBy).isEqualTo(boss.userId());
        assertThat(status.message()).contains("T1-C000003", boss.displayName());
    }

    @Test
    void declinedNothingIsTakenAndTheBillNamesNobody() {
        payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-C000003");
        assertThat(payments.declineNote()).isFalse();
        assertThat(status.isError()).isTrue();
        assertThat(sale.tenders()).isEmpty();
        assertThat(payments.pendingNote()).isEmpty();
        payments.pay(PaymentMethod.CASH, null, null);
        checkout.complete(null);
        assertThat(sales.lastNoteApprovedBy).isNull();
    }

    @Test
    void aRemovedUncheckedNoteIsNotVouchedForOnTheBill() {
        payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-C000003");
        payments.acceptNote(boss);
        payments.removePayment(0);
        payments.pay(PaymentMethod.CASH, null, null);
        checkout.complete(null);
        assertThat(sales.lastNoteApprovedBy).isNull();
    }

    @Test
    void thisTillsUnknownNumberAndAMalformedOneStayRefused() {
        assertThat(payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T2-C000009")).isFalse();
        assertThat(status.isError()).isTrue();
        assertThat(payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-000009")).isFalse();
        assertThat(payments.pendingNote()).isEmpty();
        assertThat(sale.tenders()).isEmpty();
    }

    @Test
    void theAmountFromThePaperNoteIsRequiredAndAtMostWhatIsDue() {
        assertThat(payments.pay(PaymentMethod.STORE_CREDIT, null, "T1-C000003")).isFalse();
        assertThat(payments.pay(PaymentMethod.STORE_CREDIT, "0", "T1-C000003")).isFalse();
        assertThat(payments.pay(PaymentMethod.STORE_CREDIT, "100.01", "T1-C000003")).isFalse();
        assertThat(payments.pendingNote()).isEmpty();
        assertThat(status.isError()).isTrue();
    }

    @Test
    void aHeldSaleKeepsWhoVouchedForItsNote() {
        HeldSales held = new HeldSales(catalog, sales, sessions, sale, status, () -> {
            sale.clear();
            unchecked.forget();
        }).keeping(unchecked);
        payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-C000003");
        payments.acceptNote(boss);
        assertThat(held.hold()).isTrue();
        assertThat(unchecked.approvedBy()).isNull();
        assertThat(held.resume(held.list().get(0))).isTrue();
        payments.pay(PaymentMethod.CASH, null, null);
        assertThat(checkout.complete(null)).isInstanceOf(SaleOutcome.Completed.class);
        assertThat(sales.lastNoteApprovedBy).isEqualTo(boss.userId());
    }

    @Test
    void aNoteNobodyAnsweredForIsForgottenByTheNextPayment() {
        payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-C000003");
        assertThat(payments.pay(PaymentMethod.CARD, "10.00", "AUTH-1")).isTrue();
        assertThat(payments.pendingNote()).isEmpty();
        assertThat(payments.acceptNote(boss)).isFalse();
        assertThat(sale.tenders()).extracting(Tender::method).containsExactly(PaymentMethod.CARD);
    }

    @Test
    void aCashierCannotVouch() {
        payments.pay(PaymentMethod.STORE_CREDIT, "30.00", "T1-C000003");
        assertThat(payments.acceptNote(auth.user("other", "pw", Role.CASHIER))).isFalse();
        assertThat(sale.tenders()).isEmpty();
    }
}
