package shopdesk.client.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.sale.StoreCreditLookup;
import shopdesk.client.sale.StoreCreditLookup.Found;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.returns.ReturnDraft;
import shopdesk.dal.returns.ReturnService;
import shopdesk.dal.returns.StoreCredit;
import shopdesk.dal.returns.StoreCreditService;
import shopdesk.dal.testing.TillFixture;

/** This till's notes are checked offline; another till's are asked of the server, less this till's unsent bills. */
class LocalStoreCreditsTest {
    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    StoreCredit note;
    String soap;

    @BeforeEach
    void open() {
        till = new TillFixture(Dialect.SQLITE, dir);
        bills = new BillService(till.db, till.changes, till.clock);
        soap = till.product("SOAP", 10_000, 0, 100).id();
        Bill sold = bills.create(till.cashier, new BillDraft(null, List.of(new BillDraft.Line(soap, 2)),
                List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CARD, 20_000)), null));
        var r = new ReturnService(till.db, till.changes, till.clock).create(till.cashier, new ReturnDraft(sold.id(), "CASH",
                null, null, List.of(new ReturnDraft.Line(1, null, 2, true)), null));
        note = new StoreCreditService(till.db, till.changes, till.clock).issue(till.cashier, 15_000, r.id(), null);
    }

    @AfterEach
    void close() {
        till.close();
    }

    private void spend(String label, long amount) {
        bills.create(till.cashier, new BillDraft(null, List.of(new BillDraft.Line(soap, 1)), List.of(
                new BillDraft.PaymentDraft(PaymentMethod.STORE_CREDIT, amount, amount, label),
                BillDraft.PaymentDraft.exact(PaymentMethod.CASH, 10_000 - amount)), null));
    }

    @Test
    void thisTillsNoteIsCheckedWithoutTheServer() {
        var lookup = new LocalStoreCredits(till.db, TillFixture.SHOP, "T1", n -> {
            throw new AssertionError("the server is not asked about this till's note");
        });
        spend(note.localLabel(), 4_000);
        assertThat(lookup.check(" t1-c000001")).isEqualTo(new Found("T1-C000001", 11_000));
        assertThat(lookup.check("T1-C000002")).isEqualTo(new StoreCreditLookup.Unknown("T1-C000002"));
    }

    @Test
    void anotherTillsNoteIsAskedOfTheServerLessWhatThisTillTookAndNotYetSent() {
        spend("T2-C000007", 3_000); // taken here while the server still says 50.00 is left
        var online = new LocalStoreCredits(till.db, TillFixture.SHOP, "T1",
                n -> Optional.of(n.equals("T2-C000007") ? Optional.of(new Found(n, 5_000)) : Optional.empty()));
        assertThat(online.check("t2-c000007")).isEqualTo(new Found("T2-C000007", 2_000));
        assertThat(online.check("T2-C000008")).isEqualTo(new StoreCreditLookup.Unknown("T2-C000008"));
        var offline = new LocalStoreCredits(till.db, TillFixture.SHOP, "T1", n -> Optional.empty());
        assertThat(offline.check("T2-C000007")).isEqualTo(new StoreCreditLookup.NeedsConnection("T2-C000007"));
    }

    @Test
    void onlyAnotherTillsNoteAsksTheServerSoTheScreenChecksItOffItsThread() {
        var online = new LocalStoreCredits(till.db, TillFixture.SHOP, "T1", n -> Optional.empty());
        assertThat(online.asksServer("t1-c000001")).as("this till's note").isFalse();
        assertThat(online.asksServer("T1-C000099")).as("this till's number, unknown here").isFalse();
        assertThat(online.asksServer("T2-C000007")).isTrue();
        assertThat(online.asksServer(" ")).isFalse();
        assertThat(new LocalStoreCredits(till.db, TillFixture.SHOP, "T1", null).asksServer("T2-C000007"))
                .as("a standalone till has no server to ask").isFalse();
    }
}
