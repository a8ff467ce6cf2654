package shopdesk.dal.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Runs {@code PRAGMA quick_check} on a SQLite file on its own connection, before the app opens its pool. */
public final class IntegrityCheck {
    private IntegrityCheck() {
    }

    public static IntegrityReport quickCheck(Path file) {
        if (!Files.exists(file)) return new IntegrityReport(IntegrityReport.Status.MISSING, null);
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(10_000);
        try (Connection c = cfg.createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) problems.add(line);
            }
            if (problems.isEmpty()) return new IntegrityReport(IntegrityReport.Status.OK, null);
            return new IntegrityReport(IntegrityReport.Status.CORRUPT, String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
        } catch (SQLException e) {
            // SQLITE_NOTADB, SQLITE_CORRUPT and friends: the file cannot even be read as a database
            return new IntegrityReport(IntegrityReport.Status.CORRUPT, e.getMessage());
        }
    }
}
