package shopdesk.client.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break. Amounts
 * are the table's plain numbers, never the screen's "₹ 1,234.00".
 */
public final class Csv {
    private Csv() {
    }

    public static void write(ReportTable table, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(text(table));
        }
    }

    public static String text(ReportTable table) {
        StringBuilder b = new StringBuilder();
        line(b, table.headers());
        for (List<String> row : table.plainRows()) line(b, row);
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(field(fields.get(i)));
        }
        b.append("\r\n");
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
