package shopdesk.client.touch;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Insets;
import shopdesk.client.ui.ColumnPanel;

/**
 * One category's tiles in as many columns as its width holds (at least {@link #MIN_TILE_WIDTH} px each), rows of
 * equal height; it tracks the scroll pane's width, so a narrow grid scrolls down instead of cutting tiles off.
 */
final class TilePage extends ColumnPanel {
    static final int MIN_TILE_WIDTH = 100;
    static final int MIN_TILE_HEIGHT = 72;
    static final int GAP = 6;

    TilePage() {
        super(null, 24, 0);
        setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 4, 4, 4));
    }

    int columns() {
        Insets in = getInsets();
        int room = Math.max(0, getWidth() - in.left - in.right);
        return Math.max(1, (room + GAP) / (MIN_TILE_WIDTH + GAP));
    }

    private int tileHeight() {
        int h = MIN_TILE_HEIGHT;
        for (Component c : getComponents()) h = Math.max(h, c.getPreferredSize().height);
        return h;
    }

    @Override
    public void doLayout() {
        Insets in = getInsets();
        int cols = columns();
        int width = (getWidth() - in.left - in.right - (cols - 1) * GAP) / cols;
        int height = tileHeight();
        Component[] tiles = getComponents();
        for (int i = 0; i < tiles.length; i++) {
            int row = i / cols;
            int col = i % cols;
            tiles[i].setBounds(in.left + col * (width + GAP), in.top + row * (height + GAP), width, height);
        }
        // the height follows the columns the new width holds: the scroll pane must ask again
        if (getPreferredSize().height != getHeight()) javax.swing.SwingUtilities.invokeLater(this::revalidate);
    }

    @Override
    public Dimension getPreferredSize() {
        Insets in = getInsets();
        int cols = getWidth() > 0 ? columns() : 3;
        int rows = (getComponentCount() + cols - 1) / cols;
        int w = cols * MIN_TILE_WIDTH + (cols - 1) * GAP + in.left + in.right;
        int h = rows == 0 ? 0 : rows * tileHeight() + (rows - 1) * GAP + in.top + in.bottom;
        return new Dimension(w, h);
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(MIN_TILE_WIDTH, MIN_TILE_HEIGHT);
    }
}
