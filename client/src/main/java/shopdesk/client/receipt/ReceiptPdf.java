package shopdesk.client.receipt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes receipt lines to a narrow PDF page (80 mm roll width) in a monospaced font. */
public final class ReceiptPdf {
    private static final float MM = 72f / 25.4f;
    private static final float FONT_SIZE = 8.5f;
    private static final float LEADING = 11f;

    public void write(List<String> lines, Path file) throws IOException {
        float width = 80 * MM;
        float height = Math.max(100 * MM, 20 * MM + lines.size() * LEADING);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, FONT_SIZE);
                cs.setLeading(LEADING);
                cs.newLineAtOffset(4 * MM, height - 10 * MM);
                for (String line : lines) {
                    cs.showText(ascii(line));
                    cs.newLine();
                }
                cs.endText();
            }
            doc.getDocumentInformation().setTitle("Receipt");
            doc.save(file.toFile());
        }
    }

    /** The standard Courier font has no glyphs beyond Latin-1; replace the rest rather than fail printing. */
    private static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\u20B9') b.append("Rs."); // the rupee sign of an Indian shop's amounts
            else b.append(c < 256 ? c : '?');
        }
        return b.toString();
    }
}
