package shopdesk.client.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A receipt line's pieces by character column and its amount against the right edge, whatever the glyph widths. */
class ReceiptLayoutTest {

    @Test
    void titlesAreCentredAmountsGoRightAndTablePiecesKeepTheirColumns() {
        assertThat(ReceiptLayout.of("        धन्यवाद!").centred()).isTrue();
        assertThat(ReceiptLayout.of("        धन्यवाद!").title()).isEqualTo("धन्यवाद!");
        ReceiptLayout total = ReceiptLayout.of("कुल योग                        ₹ 954.25");
        assertThat(total.cells()).containsExactly(new ReceiptLayout.Cell(0, "कुल योग"));
        assertThat(total.right()).isEqualTo("₹ 954.25");
        ReceiptLayout head = ReceiptLayout.of("कर दर      कर योग्य                   कर");
        ReceiptLayout row = ReceiptLayout.of("5%         ₹ 385.00              ₹ 19.25");
        assertThat(head.cells()).extracting(ReceiptLayout.Cell::column).containsExactly(0, 11);
        assertThat(row.cells()).extracting(ReceiptLayout.Cell::column).containsExactly(0, 11);
        assertThat(ReceiptLayout.of("  2 x ₹ 120.00 +5% कर           ₹ 252.00").cells())
                .containsExactly(new ReceiptLayout.Cell(2, "2 x ₹ 120.00 +5% कर"));
        assertThat(ReceiptLayout.of("कैशियर: admin").right()).isEmpty();
    }

    @Test
    void theScreenReceiptIsWideEnoughForItsMeasuredText() {
        ReceiptArea area = new ReceiptArea(String.join("\n", List.of("बिल T1-000002", "उप-योग                          ₹ 935.00")), 40);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
        FontMetrics fm = area.getFontMetrics(area.getFont());
        assertThat(area.receiptWidth(fm)).isGreaterThanOrEqualTo(40 * fm.charWidth('0'));
        ReceiptArea wide = new ReceiptArea("क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय  ₹ 1,23,456.50", 10);
        wide.setFont(area.getFont());
        assertThat(wide.receiptWidth(fm)).isGreaterThanOrEqualTo(fm.stringWidth("क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय क्षत्रिय")
                + fm.stringWidth("₹ 1,23,456.50"));
        assertThat(area.getText()).contains("₹ 935.00");   // the text stays what the formatter made
    }
}
