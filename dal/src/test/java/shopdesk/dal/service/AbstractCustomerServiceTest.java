package shopdesk.dal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.CUSTOMER;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.customer.Customer;
import shopdesk.dal.customer.CustomerDraft;
import shopdesk.dal.customer.CustomerService;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.StaleVersionException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.testing.FailingRecorder;
import shopdesk.dal.testing.TillFixture;

abstract class AbstractCustomerServiceTest {
    @TempDir Path dir;
    TillFixture till;
    CustomerService customers;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        customers = new CustomerService(till.db, till.changes, till.clock);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void createEditAndSearchByNameOrPhone() {
        Customer c = customers.create(till.cashier, new CustomerDraft("Ravi Kumar", "+91 98450 12345", "ravi@example.com"));
        customers.create(till.cashier, new CustomerDraft("Meena", null, null));
        assertThat(customers.search(TillFixture.SHOP, "KUMAR", PageRequest.first(10)).items()).containsExactly(c);
        assertThat(customers.search(TillFixture.SHOP, "+91 98", PageRequest.first(10)).items()).containsExactly(c);
        Customer edited = customers.update(till.cashier, c.id(), 1, new CustomerDraft("Ravi K.", "+91 98450 12345", null));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.email()).isNull();
        assertThat(till.changes.changes()).extracting(ch -> ch.action())
                .containsExactly("CREATE_CUSTOMER", "CREATE_CUSTOMER", "UPDATE_CUSTOMER");
        assertThatThrownBy(() -> customers.update(till.cashier, c.id(), 1, new CustomerDraft("Stale", null, null)))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void badPhoneOrEmailIsNamed() {
        assertThatThrownBy(() -> customers.create(till.cashier, new CustomerDraft("A", "call me", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> customers.create(till.cashier, new CustomerDraft("A", null, "nope")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void aFailedTransactionLeavesNeitherTheCustomerNorItsChange() {
        CustomerService failing = new CustomerService(till.db, new FailingRecorder(till.changes), till.clock);
        assertThatThrownBy(() -> failing.create(till.cashier, new CustomerDraft("A", null, null))).isInstanceOf(IllegalStateException.class);
        assertThat(till.db.dsl().fetchCount(CUSTOMER)).isZero();
        Customer c = customers.create(till.cashier, new CustomerDraft("A", null, null));
        till.changes.clear();
        assertThatThrownBy(() -> failing.update(till.cashier, c.id(), 1, new CustomerDraft("B", null, null))).isInstanceOf(IllegalStateException.class);
        assertThat(customers.findById(TillFixture.SHOP, c.id()).orElseThrow().name()).isEqualTo("A");
        assertThat(till.changes.changes()).isEmpty();
    }
}
