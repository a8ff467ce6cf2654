package shopdesk.client.receipt;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import javax.swing.JTextArea;

/**
 * The receipt on screen. The text is the formatter's (copy, print and tests read it), but it is painted by
 * {@link ReceiptLayout}: amounts right-aligned and titles centred by measured width, so a Hindi receipt lines up
 * although Devanagari glyphs are not one monospaced cell wide.
 */
final class ReceiptArea extends JTextArea {
    private final int columns;

    ReceiptArea(String text, int columns) {
        super(text);
        this.columns = columns;
        setEditable(false);
    }

    /** The receipt's width in pixels: its columns of digits, wider when a line's measured text needs more. */
    int receiptWidth(FontMetrics fm) {
        int cell = fm.charWidth('0');
        int w = columns * cell;
        for (String line : getText().split("\n", -1)) {
            ReceiptLayout l = ReceiptLayout.of(line);
            int need = 0;
            for (ReceiptLayout.Cell c : l.cells()) need = Math.max(need, (l.centred() ? 0 : c.column() * cell) + fm.stringWidth(c.text()));
            if (!l.right().isEmpty()) need += cell + fm.stringWidth(l.right());
            w = Math.max(w, need);
        }
        return w;
    }

    @Override
    public Dimension getPreferredSize() {
        FontMetrics fm = getFontMetrics(getFont());
        Insets in = getInsets();
        int lines = getText().split("\n", -1).length;
        return new Dimension(receiptWidth(fm) + in.left + in.right, lines * fm.getHeight() + in.top + in.bottom);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(getBackground());
            g2.fillRect(0, 0, getWidth(), getHeight());
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setFont(getFont());
            g2.setColor(getForeground());
            FontMetrics fm = g2.getFontMetrics();
            Insets in = getInsets();
            int left = in.left;
            int right = in.left + receiptWidth(fm);
            int cell = fm.charWidth('0');
            int y = in.top + fm.getAscent();
            for (String line : getText().split("\n", -1)) {
                ReceiptLayout l = ReceiptLayout.of(line);
                if (l.centred()) {
                    g2.drawString(l.title(), Math.max(left, (left + right - fm.stringWidth(l.title())) / 2), y);
                } else {
                    for (ReceiptLayout.Cell c : l.cells()) g2.drawString(c.text(), left + c.column() * cell, y);
                    if (!l.right().isEmpty()) g2.drawString(l.right(), right - fm.stringWidth(l.right()), y);
                }
                y += fm.getHeight();
            }
        } finally {
            g2.dispose();
        }
    }
}
