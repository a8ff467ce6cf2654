package shopdesk.client.print;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Receipt lines as the ESC/POS byte stream of a thermal printer (through escpos-coffee): the shop's name in bold,
 * the lines as laid out for the roll's width, a feed and a partial cut; and the cash drawer's kick on its own.
 */
public final class EscPosReceipt {
    private static final Style BOLD = new Style().setBold(true);
    private static final Style CENTERED_BOLD = new Style().setBold(true).setJustification(EscPosConst.Justification.Center);

    private EscPosReceipt() {
    }

    public static byte[] encode(List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(bytes)) {
            escpos.initializePrinter();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
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
