package shopdesk.client.reports;

import java.util.List;

/**
 * One table of a report: each cell as shown on screen (amounts in the shop's money format) and as written to CSV
 * (amounts as plain decimals, "1234.50", so a spreadsheet reads them as numbers); {@code file} names its CSV.
 */
public record ReportTable(String title, String file, List<String> headers, List<List<Cell>> cells) {
    public record Cell(String shown, String plain) {
        static Cell text(String s) {
            return new Cell(s, s);
        }
    }

    /** The rows as shown on screen. */
    public List<List<String>> rows() {
        return cells.stream().map(r -> r.stream().map(Cell::shown).toList()).toList();
    }

    /** The rows as written to CSV. */
    public List<List<String>> plainRows() {
        return cells.stream().map(r -> r.stream().map(Cell::plain).toList()).toList();
    }
}
