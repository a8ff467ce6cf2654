package shopdesk.client.receipt;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes receipt lines to a narrow PDF page (80 mm roll width). With the machine's Unicode fonts (see
 * {@link ReceiptFonts}) it embeds a monospaced one for Latin text and the rupee sign and a Devanagari one for Hindi,
 * puts amounts flush right and centres titles, so a Hindi receipt stays tidy although Devanagari is not
 * monospaced. Without them it falls back to the built-in Courier, which has Latin-1 only ("Rs." for the sign).
 */
public final class ReceiptPdf {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPdf.class);
    private static final float MM = 72f / 25.4f;
    private static final float FONT_SIZE = 8.5f;
    private static final float LEADING = 11f;
    private static final float UNICODE_LEADING = 12.5f;
    /** Text, then a gap of two or more spaces, then the right-hand column (an amount) at the end of the line. */

    /** The Unicode font files this machine offers, monospaced first; empty when the PDF falls back to Courier. */
    public static List<Path> unicodeFonts() {
        return ReceiptFonts.found();
    }

    public void write(List<String> lines, Path file) throws IOException {
        List<Path> fonts = ReceiptFonts.found();
        float leading = fonts.isEmpty() ? LEADING : UNICODE_LEADING;
        float width = 80 * MM;
        float height = Math.max(100 * MM, 20 * MM + lines.size() * leading);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (fonts.isEmpty()) writeCourier(cs, lines, height);
                else writeUnicode(doc, cs, fonts, lines, width, height);
            }
            doc.getDocumentInformation().setTitle("Receipt");
            doc.save(file.toFile());
        }
    }

    private static void writeCourier(PDPageContentStream cs, List<String> lines, float height) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.COURIER), FONT_SIZE);
        cs.setLeading(LEADING);
        cs.newLineAtOffset(4 * MM, height - 10 * MM);
        for (String line : lines) {
            cs.showText(ascii(line));
            cs.newLine();
        }
        cs.endText();
    }

    private static void writeUnicode(PDDocument doc, PDPageContentStream cs, List<Path> files, List<String> lines,
                                     float width, float height) throws IOException {
        List<Face> faces = new ArrayList<>();
        for (Path f : files) {
            try {
                faces.add(new Face(PDType0Font.load(doc, f.toFile()), Font.createFont(Font.TRUETYPE_FONT, f.toFile())));
            } catch (IOException | FontFormatException e) {
                LOG.warn("Receipt font {} not usable: {}", f, e.toString());
            }
        }
        if (faces.isEmpty()) {
            writeCourier(cs, lines, height);
            return;
        }
        float left = 4 * MM;
        float right = width - 4 * MM;
        float y = height - 10 * MM;
        float column = faces.get(0).width("0");
        for (String line : lines) {
            ReceiptLayout l = ReceiptLayout.of(line);
            if (l.centred()) {
                drawRuns(cs, faces, l.title(), Math.max(left, (left + right - width(faces, l.title())) / 2), y);
            } else {
                for (ReceiptLayout.Cell c : l.cells()) drawRuns(cs, faces, c.text(), left + c.column() * column, y);
                if (!l.right().isEmpty()) drawRuns(cs, faces, l.right(), right - width(faces, l.right()), y);
            }
            y -= UNICODE_LEADING;
        }
    }

    /** Draws the text from x as runs, each in the first font that has its characters (Devanagari stays one run). */
    private static float drawRuns(PDPageContentStream cs, List<Face> faces, String text, float x, float y)
            throws IOException {
        for (Run r : runs(faces, text)) {
            cs.beginText();
            cs.setFont(r.face.pdf, FONT_SIZE);
            cs.newLineAtOffset(x, y);
            cs.showText(r.text);
            cs.endText();
            x += r.face.width(r.text);
        }
        return x;
    }

    private static float width(List<Face> faces, String text) throws IOException {
        float w = 0;
        for (Run r : runs(faces, text)) w += r.face.width(r.text);
        return w;
    }

    private static List<Run> runs(List<Face> faces, String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Face current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            // spaces and punctuation stay in the run they are in ("क्र. 1042"), so a word is shaped whole
            boolean common = Character.UnicodeScript.of(c) == Character.UnicodeScript.COMMON && c != 0x20B9;
            Face f = common && current != null && current.awt.canDisplay(c) ? current : faceFor(faces, c);
            String s = f == null ? "?" : new String(Character.toChars(c));
            if (f == null) f = faces.get(0);
            if (current != null && f != current) {
                out.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = f;
            run.append(s);
        }
        if (current != null && !run.isEmpty()) out.add(new Run(current, run.toString()));
        return out;
    }

    private static Face faceFor(List<Face> faces, int c) {
        boolean devanagari = Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI;
        for (Face f : faces) {
            if (devanagari && f == faces.get(0) && faces.size() > 1) continue;   // the mono face may lack the shaping
            if (f.awt.canDisplay(c)) return f;
        }
        return null;
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

    private record Face(PDFont pdf, Font awt) {
        float width(String s) throws IOException {
            return pdf.getStringWidth(s) / 1000f * FONT_SIZE;
        }
    }

    private record Run(Face face, String text) {
    }

    /** A font file that is there and can be read. */
    static boolean readable(Path p) {
        return p != null && Files.isRegularFile(p) && Files.isReadable(p);
    }
}
