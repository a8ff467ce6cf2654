package shopdesk.client.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a receipt line of {@link ReceiptFormatter} is laid out where glyphs are not all one width (Devanagari in a
 * monospaced font, the PDF): a title indented by 3 or more spaces is centred; "text   amount" has the amount against
 * the right edge; the other pieces of a line (split at two or more spaces, as in the tax table) start at their
 * character column. Counting characters aligns only a printer's fixed cells; these rules align by measured width.
 *
 * @param cells the pieces drawn from the left, each at its character column
 * @param right the amount drawn against the right edge ("" when none)
 */
record ReceiptLayout(boolean centred, List<Cell> cells, String right) {
    private static final Pattern TWO_COLUMNS = Pattern.compile("^(.*\\S) {2,}(\\S(?:.*\\S)?)$");
    private static final Pattern PIECE = Pattern.compile("\\S+(?: \\S+)*");

    /** A piece of text that starts at a character column of the receipt. */
    record Cell(int column, String text) {
    }

    static ReceiptLayout of(String line) {
        int indent = line.length() - line.stripLeading().length();
        if (indent >= 3) return new ReceiptLayout(true, List.of(new Cell(0, line.strip())), "");
        Matcher two = TWO_COLUMNS.matcher(line);
        if (two.matches()) return new ReceiptLayout(false, cells(two.group(1)), two.group(2));
        return new ReceiptLayout(false, cells(line), "");
    }

    private static List<Cell> cells(String text) {
        List<Cell> out = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        while (m.find()) out.add(new Cell(m.start(), m.group()));
        return out;
    }

    /** The text of a centred line. */
    String title() {
        return cells.isEmpty() ? "" : cells.get(0).text();
    }
}
