package shopdesk.dal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shopdesk.db.Tables.STOCK_MOVEMENT;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.change.Change;
import shopdesk.dal.common.PageRequest;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.error.PermissionDeniedException;
import shopdesk.dal.error.ValidationException;
import shopdesk.dal.product.Product;
import shopdesk.dal.stock.StockLevel;
import shopdesk.dal.stock.StockService;
import shopdesk.dal.testing.FailingRecorder;
import shopdesk.dal.testing.TillFixture;

abstract class AbstractStockServiceTest {
    @TempDir Path dir;
    TillFixture till;
    StockService stock;

    abstract Dialect dialect();

    @BeforeEach
    void open() {
        till = new TillFixture(dialect(), dir);
        stock = new StockService(till.db, till.changes, till.clock);
    }

    @AfterEach
    void close() {
        till.close();
    }

    @Test
    void receivingAddsStockAndRecordsADeltaThatDependsOnTheProduct() {
        Product p = till.product("RICE", 6000, 500, 0);
        StockLevel level = stock.receive(till.cashier, p.id(), 40, "delivery 17");
        assertThat(level.quantity()).isEqualTo(40);
        Change c = till.changes.changes().get(0);
        assertThat(c.action()).isEqualTo("RECEIVE_STOCK");
        assertThat(c.streamKey()).isEqualTo("stock:" + p.id());
        assertThat(c.dependsOn()).containsExactly("product:" + p.id());
        assertThat(c.payloadJson()).contains("\"delta\":40");
        assertThat(till.db.dsl().fetchCount(STOCK_MOVEMENT)).isEqualTo(1);
    }

    @Test
    void adjustingNeedsASupervisorAReasonAndANonZeroDelta() {
        Product p = till.product("RICE", 6000, 500, 10);
        assertThatThrownBy(() -> stock.adjust(till.cashier, p.id(), -1, "broken")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> stock.adjust(till.supervisor, p.id(), -1, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> stock.adjust(till.supervisor, p.id(), 0, "count")).isInstanceOf(ValidationException.class);
        assertThat(stock.adjust(till.supervisor, p.id(), -3, "two bags torn, one missing").quantity()).isEqualTo(7);
        assertThatThrownBy(() -> stock.receive(till.cashier, p.id(), 0, null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void lowStockListsProductsAtOrBelowTheirLevelEmptiestFirst() {
        Product a = till.product("A", 100, 0, 1);
        Product b = till.product("B", 100, 0, 0);
        till.product("C", 100, 0, 50);
        assertThat(stock.lowStock(TillFixture.SHOP)).extracting(StockLevel::productId).containsExactly(b.id(), a.id());
        assertThat(stock.levels(TillFixture.SHOP, "product c", PageRequest.first(10)).items())
                .extracting(StockLevel::quantity).containsExactly(50L);
    }

    @Test
    void aFailedTransactionLeavesNeitherTheStockChangeNorItsRecord() {
        Product p = till.product("RICE", 6000, 500, 5);
        StockService failing = new StockService(till.db, new FailingRecorder(till.changes), till.clock);
        assertThatThrownBy(() -> failing.receive(till.cashier, p.id(), 10, null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> failing.adjust(till.supervisor, p.id(), -2, "count")).isInstanceOf(IllegalStateException.class);
        assertThat(stock.level(TillFixture.SHOP, p.id()).orElseThrow().quantity()).isEqualTo(5);
        assertThat(till.db.dsl().fetchCount(STOCK_MOVEMENT)).isEqualTo(1);
        assertThat(till.changes.changes()).isEmpty();
    }
}
