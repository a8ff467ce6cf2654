package shopdesk.client.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * Buttons in a row that wraps onto a second line when the window is too narrow for them (a small screen, a large
 * text size), instead of pushing its neighbours off the screen. Its height follows the width it is given.
 */
public final class ButtonRow extends JPanel {
    private int laidOutWidth = -1;

    public ButtonRow() {
        super(new Wrapping());
    }

    /** A new width may change the number of lines, so the layout is asked again once. */
    @Override
    public void setBounds(int x, int y, int width, int height) {
        super.setBounds(x, y, width, height);
        if (width != laidOutWidth) {
            laidOutWidth = width;
            SwingUtilities.invokeLater(this::revalidate);
        }
    }

    /** Left to right, a new line when the next button does not fit; reports the height that then takes. */
    private static final class Wrapping implements LayoutManager {
        @Override
        public Dimension preferredLayoutSize(Container target) {
            return place(target, false, true);
        }

        /** As narrow as the widest button: the rest goes onto more lines. */
        @Override
        public Dimension minimumLayoutSize(Container target) {
            return place(target, false, false);
        }

        @Override
        public void layoutContainer(Container target) {
            place(target, true, true);
        }

        private static Dimension place(Container target, boolean move, boolean preferred) {
            synchronized (target.getTreeLock()) {
                int gap = gap(target);
                Insets in = target.getInsets();
                int available = target.getWidth() > 0 ? target.getWidth() - in.left - in.right : Integer.MAX_VALUE;
                int widest = 0, width = 0, x = 0, y = 0, rowHeight = 0;
                for (Component c : target.getComponents()) {
                    if (!c.isVisible()) continue;
                    Dimension d = c.getPreferredSize();
                    widest = Math.max(widest, d.width);
                    if (x > 0 && x + gap + d.width > available) {
                        y += rowHeight + gap;
                        x = 0;
                        rowHeight = 0;
                    }
                    if (x > 0) x += gap;
                    if (move) c.setBounds(in.left + x, in.top + y, d.width, d.height);
                    x += d.width;
                    width = Math.max(width, x);
                    rowHeight = Math.max(rowHeight, d.height);
                }
                return new Dimension((preferred ? width : widest) + in.left + in.right, y + rowHeight + in.top + in.bottom);
            }
        }

        /** The gap between buttons grows with the text size, as MigLayout's gaps do. */
        private static int gap(Container target) {
            return Math.max(4, target.getFont() == null ? 6 : target.getFont().getSize() / 2);
        }

        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }
    }
}
