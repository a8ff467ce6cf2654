package shopdesk.dal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static shopdesk.db.Tables.BILL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.dal.db.Database;
import shopdesk.dal.db.DatabaseConfig;
import shopdesk.dal.db.Dialect;
import shopdesk.dal.db.SchemaContext;
import shopdesk.dal.product.Product;
import shopdesk.dal.testing.TillFixture;

/** Two JVMs appending bills to one SQLite file at once: every local number unique, none skipped. */
class TwoProcessSqliteNumberingTest {
    @TempDir Path dir;

    @Test
    void twoProcessesWritingOneSqliteFileNeverDuplicateOrSkipANumber() throws Exception {
        Path file;
        Product soap;
        String cashier;
        try (TillFixture till = new TillFixture(Dialect.SQLITE, dir)) {
            soap = till.product("SOAP", 3_000, 0, 10_000);
            cashier = till.cashier.userId();
            file = till.db.config().sqliteFile();
        }
        int each = 150;
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BillWriterProcess.class.getName(),
                    file.toString(), String.valueOf(each), TillFixture.SHOP, TillFixture.DEVICE, cashier, soap.id(), "3000")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("writer" + i + ".log").toFile()).start());
        }
        for (Process p : writers) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("writer finished").isTrue();
            assertThat(p.exitValue()).as("writer exit code, see writer*.log").isZero();
        }
        try (Database db = Database.open(DatabaseConfig.sqlite(file, SchemaContext.TILL))) {
            List<Long> numbers = db.dsl().select(BILL.LOCAL_NUMBER).from(BILL).orderBy(BILL.LOCAL_NUMBER).fetch(BILL.LOCAL_NUMBER);
            assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, 2L * each).boxed().toList());
        }
    }
}
