package shopdesk.client.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Receipt lines as the ESC/POS byte stream of a thermal printer (through escpos-coffee): the shop's name in bold,
 * the lines as laid out for the roll's width, a feed and a partial cut; and the cash drawer's kick on its own.
 * Text goes out in code page 437, the one every ESC/POS printer has at power-on. No standard ESC/POS code page has
 * the rupee sign or Devanagari, so the sign prints as "Rs." and other characters outside the page as "?" (receipts
 * for a thermal printer are laid out in English for this reason; a PDF receipt has both).
 */
public final class EscPosReceipt {
    private static final Style BOLD = new Style().setBold(true);
    private static final Style CENTERED_BOLD = new Style().setBold(true).setJustification(EscPosConst.Justification.Center);

    private static final Charset PAGE = Charset.forName("IBM437");

    private EscPosReceipt() {
    }

    /** The line as the printer's code page can print it. */
    static String printable(String line) {
        var encoder = PAGE.newEncoder();
        StringBuilder b = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            if (c == 0x20B9) b.append("Rs.");
            else if (Character.isBmpCodePoint(c) && encoder.canEncode((char) c)) b.append((char) c);
            else b.append('?');
        });
        return b.toString();
    }

    public static byte[] encode(List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            escpos.setCharsetName(PAGE.name());
            for (int i = 0; i < lines.size(); i++) {
                String line = printable(lines.get(i));
                if (i == 0) escpos.writeLF(CENTERED_BOLD, line.strip());
                else if (line.startsWith("TOTAL")) escpos.writeLF(BOLD, line);
                else escpos.writeLF(line);
            }
            escpos.feed(4);
            escpos.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Opens the cash drawer wired to the printer: pin 2 (most drawers), 50 ms on, 250 ms off. */
    public static byte[] drawerKick() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            escpos.pulsePin(EscPos.PinConnector.Pin_2, 25, 125);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
