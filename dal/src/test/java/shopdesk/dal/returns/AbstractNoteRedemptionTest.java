package shopdesk.dal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.bill.Bill;
import shopdesk.dal.bill.BillDraft;
import shopdesk.dal.bill.BillService;
import shopdesk.dal.bill.PaymentMethod;
import shopdesk.dal.change.Change;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.NotFoundException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.money.Money;
import shopdesk.dal.product.Product;
import shopdesk.dal.testing.TillFixture;

/** A store-credit note taken back as payment on a later bill of the same till. */
abstract class AbstractNoteRedemptionTest {
    @TempDir Path dir;
    TillFixture till;
    BillService bills;
    StoreCreditService notes;
    Product soap;
    StoreCredit note;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        bills = new BillService(till.db, till.changes, till.clock);
        ReturnService returns = new ReturnService(till.db, till.changes, till.clock);
        notes = new StoreCreditService(till.db, till.changes, till.clock);
        soap = till.product("SOAP", 10_000, 0, 100); // 100.00, no tax
        Bill sold = pay(3, PaymentMethod.CARD, null, 30_000);
        SaleReturn r = returns.create(till.cashier, new ReturnDraft(sold.id(), "CASH", null, null,
                List.of(new ReturnDraft.Line(1, null, 3, true)), null));
        note = notes.issue(till.cashier, 25_000, r.id(), null);
        till.changes.clear();
    }

    @AfterEach
    void close() {
        till.close();
    }

    private Bill pay(long qty, PaymentMethod method, String reference, long amount) {
        List<BillDraft.PaymentDraft> payments = new java.util.ArrayList<>();
        payments.add(new BillDraft.PaymentDraft(method, amount, amount, reference));
        if (amount < qty * 10_000) payments.add(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, qty * 10_000 - amount));
        return bills.create(till.cashier, new BillDraft(null, List.of(new BillDraft.Line(soap.id(), qty)), payments, null));
    }

    private long left() {
        return NoteLedger.balance(till.db.dsl(), TillFixture.SHOP, note.localLabel()).orElseThrow().left();
    }

    @Test
    void aNotePaysPartOfABillInTheBillsOwnTransactionAndEntry() {
        assertThat(note.localLabel()).isEqualTo("T1-C000001");
        Bill b = pay(2, PaymentMethod.STORE_CREDIT, " t1-c000001 ", 15_000); // typed in lower case, with spaces
        assertThat(b.payments()).extracting(p -> p.method() + " " + p.reference() + " " + Money.format(p.amount()))
                .containsExactly("STORE_CREDIT T1-C000001 " + Money.format(15_000), "CASH null " + Money.format(5_000));
        assertThat(Money.format(left())).isEqualTo(Money.format(10_000));
        Change c = till.changes.changes().get(0);
        assertThat(c.action()).isEqualTo("CREATE_BILL");
        assertThat(c.dependsOn()).contains("store_credit:" + note.id()); // the note reaches the server first
    }

    @Test
    void aNoteCannotPayMoreThanIsLeftAfterEarlierBills() {
        pay(2, PaymentMethod.STORE_CREDIT, note.localLabel(), 20_000);
        assertThatThrownBy(() -> pay(1, PaymentMethod.STORE_CREDIT, note.localLabel(), 6_000))
                .isInstanceOf(ValidationException.class).hasMessageContaining(Money.format(5_000));
        assertThat(Money.format(left())).isEqualTo(Money.format(5_000)); // the refused bill took nothing
        pay(1, PaymentMethod.STORE_CREDIT, note.localLabel(), 5_000);
        assertThat(left()).isZero();
    }

    @Test
    void aVoidedBillGivesItsPartOfTheNoteBack() {
        Bill b = pay(2, PaymentMethod.STORE_CREDIT, note.localLabel(), 20_000);
        bills.voidBill(till.supervisor, b.id(), "wrong customer");
        assertThat(Money.format(left())).isEqualTo(Money.format(25_000));
    }

    @Test
    void anotherTillsNoteVouchedForByASupervisorIsRecordedSignedAndAudited() {
        List<BillDraft.PaymentDraft> payments = List.of(new BillDraft.PaymentDraft(PaymentMethod.STORE_CREDIT, 3_000, 3_000, "T2-C000003"),
                BillDraft.PaymentDraft.exact(PaymentMethod.CASH, 7_000));
        BillDraft draft = new BillDraft(null, List.of(new BillDraft.Line(soap.id(), 1)), payments, null, null, null, null,
                till.supervisor.userId());
        Bill b = bills.create(till.cashier, draft);
        String payload = till.changes.changes().get(0).payloadJson();
        assertThat(payload).contains("\"noteApprovedBy\":\"" + till.supervisor.userId() + "\"");
        assertThat(till.db.dsl().fetchCount(shopdesk.db.Tables.AUDIT_LOG, shopdesk.db.Tables.AUDIT_LOG.ENTITY_ID.eq(b.id())
                .and(shopdesk.db.Tables.AUDIT_LOG.ACTION.eq("bill.note-unchecked")))).isEqualTo(1);
        assertThat(bills.vouchedNotes(b.id())).as("read back for the receipt")
                .contains(new shopdesk.dal.bill.VouchedNotes.Vouched(List.of("T2-C000003"), till.supervisor.userId()));
        assertThat(bills.vouchedNotes(note.id())).isEmpty();
        BillDraft byCashier = new BillDraft(null, List.of(new BillDraft.Line(soap.id(), 1)), payments, null, null, null, null,
                till.cashier.userId());
        assertThatThrownBy(() -> bills.create(till.cashier, byCashier))
                .isInstanceOf(shopdesk.dal.error.PermissionDeniedException.class);
    }

    @Test
    void aNoteApprovalOnABillWithoutUncheckedNotesIsDropped() {
        BillDraft draft = new BillDraft(null, List.of(new BillDraft.Line(soap.id(), 1)),
                List.of(BillDraft.PaymentDraft.exact(PaymentMethod.CASH, 10_000)), null, null, null, null, till.supervisor.userId());
        bills.create(till.cashier, draft);
        assertThat(till.changes.changes().get(0).payloadJson()).doesNotContain(till.supervisor.userId());
    }

    @Test
    void anUnknownNoteOfThisTillIsRefusedAndAnotherTillsIsLeftToTheServer() {
        assertThatThrownBy(() -> pay(1, PaymentMethod.STORE_CREDIT, "T1-C000099", 1_000)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pay(1, PaymentMethod.STORE_CREDIT, " ", 1_000)).isInstanceOf(ValidationException.class);
        Bill b = pay(1, PaymentMethod.STORE_CREDIT, "T2-C000004", 1_000);
        assertThat(b.payments().get(0).reference()).isEqualTo("T2-C000004");
    }
}
