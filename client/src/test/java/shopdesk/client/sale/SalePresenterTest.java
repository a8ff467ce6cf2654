package shopdesk.client.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shopdesk.client.catalog.ProductView;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.fake.FakeSales;
import shopdesk.client.message.PlainMessages;
import shopdesk.client.session.Session;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;

class SalePresenterTest {
    FakeCatalog catalog = new FakeCatalog();
    FakeSales sales = new FakeSales(catalog);
    SessionHolder sessions = new SessionHolder();
    FakeAuth auth = new FakeAuth();
    SalePresenter presenter = new SalePresenter(catalog, sales, sessions);
    ProductView tea, soap;

    @BeforeEach
    void setUp() {
        tea = catalog.add("TEA-250", "8901000000011", "Assam tea 250 g", 12_000, 500, 10);
        soap = catalog.add("SOAP-1", "8901000000028", "Neem soap", 3_500, 1800, 1);
        sessions.start(auth.user("cashier", "pw", Role.CASHIER));
    }

    @Test
    void scanningABarcodeAddsALineAndScanningItAgainAddsOne() {
        assertThat(presenter.scan("8901000000011")).isTrue();
        assertThat(presenter.scan("8901000000011")).isTrue();
        assertThat(presenter.sale().lines()).singleElement().extracting(SaleLine::quantity).isEqualTo(2L);
    }

    @Test
    void typingTheSkuWorksLikeScanningAndQuantityPrefixSellsSeveral() {
        assertThat(presenter.scan(" 3*tea-250 ")).isTrue();
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(3);
    }

    @Test
    void anUnknownCodeSaysSoAndKeepsTheSale() {
        presenter.scan("TEA-250");
        assertThat(presenter.scan("nope")).isFalse();
        assertThat(presenter.message()).contains("No product with barcode or SKU 'nope'");
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.sale().lines()).hasSize(1);
    }

    @Test
    void totalsUsePerItemTaxRoundedPerLine() {
        presenter.scan("TEA-250");           // 120.00 + 5% = 126.00
        presenter.scan("SOAP-1");            // 35.00 + 18% = 41.30
        assertThat(presenter.sale().totals().tax()).isEqualTo(600 + 630);
        assertThat(presenter.sale().total()).isEqualTo(16_730);
    }

    @Test
    void cashOverTheDueGivesChangeAndCardCannotExceedTheDue() {
        presenter.scan("TEA-250");
        assertThat(presenter.pay(PaymentMethod.CARD, "200", "ref")).isFalse();
        assertThat(presenter.message()).contains("Card cannot be more than the amount due");
        assertThat(presenter.pay(PaymentMethod.CARD, "100", "AUTH42")).isTrue();
        assertThat(presenter.pay(PaymentMethod.CASH, "50", null)).isTrue();
        assertThat(presenter.sale().due()).isZero();
        assertThat(presenter.sale().changeDue()).isEqualTo(5_000 - 2_600);
        assertThat(presenter.message()).contains("change due 24.00");
    }

    @Test
    void completingRecordsTheBillWithTwoPaymentsAndClearsTheSale() {
        presenter.scan("TEA-250");
        presenter.scan("SOAP-1");
        presenter.pay(PaymentMethod.UPI, "100", "upi-1");
        presenter.pay(PaymentMethod.CASH, "", null);
        SaleOutcome outcome = presenter.complete();
        assertThat(outcome).isInstanceOf(SaleOutcome.Completed.class);
        var bill = ((SaleOutcome.Completed) outcome).bill();
        assertThat(bill.localLabel()).isEqualTo("T1-000001");
        assertThat(bill.payments()).hasSize(2);
        assertThat(bill.total()).isEqualTo(16_730);
        assertThat(presenter.sale().isEmpty()).isTrue();
    }

    @Test
    void aBillTheDatabaseCouldNotSaveIsExplainedInPlainWordsAndTheSaleIsKept() {
        presenter.scan("TEA-250");
        presenter.pay(PaymentMethod.CASH, "", null);
        sales.failNextComplete = new IllegalStateException("org.jooq.exception.DataAccessException: SQL [insert into bill]",
                new java.sql.SQLException("[SQLITE_FULL] database or disk is full"));
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.NotReady.class);
        assertThat(presenter.message()).isEqualTo("The bill was not saved: " + PlainMessages.DATABASE)
                .doesNotContain("Exception", "SQL");
        assertThat(presenter.messageIsError()).isTrue();
        assertThat(presenter.sale().lines()).hasSize(1);
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.Completed.class);
    }

    @Test
    void completingUnpaidSaysWhatIsDue() {
        presenter.scan("TEA-250");
        assertThat(presenter.complete()).isInstanceOf(SaleOutcome.NotReady.class);
        assertThat(presenter.message()).contains("126.00 due");
    }

    @Test
    void sellingBeyondStockWarnsThenNeedsASupervisor() {
        presenter.scan("2*SOAP-1");
        assertThat(presenter.message()).contains("only 1 in stock");
        presenter.pay(PaymentMethod.CASH, null, null);
        SaleOutcome outcome = presenter.complete();
        assertThat(outcome).isInstanceOf(SaleOutcome.NeedsSupervisor.class);
        assertThat(((SaleOutcome.NeedsSupervisor) outcome).shortfalls()).singleElement()
                .satisfies(s -> assertThat(s.available()).isEqualTo(1));
        Session supervisor = auth.user("super", "pw", Role.SUPERVISOR);
        sales.supervisorIds.add(supervisor.userId());
        assertThat(presenter.completeWithOverride(supervisor)).isInstanceOf(SaleOutcome.Completed.class);
    }

    @Test
    void removingALineIsAuditedWithWhoAndWhy() {
        presenter.scan("TEA-250");
        presenter.scan("SOAP-1");
        assertThat(presenter.removeLine(0, "customer changed mind")).isTrue();
        assertThat(sales.audit).containsExactly("LINE_REMOVED TEA-250 x1 by id-cashier: customer changed mind");
        assertThat(presenter.sale().lines()).extracting(l -> l.product().sku()).containsExactly("SOAP-1");
    }

    @Test
    void quantityMustBeAPositiveWholeNumber() {
        presenter.scan("TEA-250");
        assertThat(presenter.setQuantity(0, "x")).isFalse();
        assertThat(presenter.setQuantity(0, "0")).isFalse();
        assertThat(presenter.setQuantity(0, "4")).isTrue();
        assertThat(presenter.sale().lines().get(0).quantity()).isEqualTo(4);
    }

    @Test
    void changingLinesAfterPaymentKeepsTheBillUnpaidUntilBalanced() {
        presenter.scan("TEA-250");
        presenter.pay(PaymentMethod.CASH, null, null);
        presenter.scan("SOAP-1");
        assertThat(presenter.sale().isPaid()).isFalse();
        assertThat(presenter.sale().due()).isEqualTo(4_130);
    }
}
