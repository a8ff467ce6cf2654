package shopdesk.client.ui;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel as wide as its scroll pane: on a short or narrow screen it scrolls up and down, never sideways, so
 * nothing is cut off at its right edge. A page down keeps {@code overlap} pixels of the last page in view.
 */
public class ColumnPanel extends JPanel implements Scrollable {
    private final int unitIncrement;
    private final int overlap;

    public ColumnPanel(LayoutManager layout, int unitIncrement, int overlap) {
        super(layout);
        this.unitIncrement = unitIncrement;
        this.overlap = overlap;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return unitIncrement;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return (orientation == SwingConstants.VERTICAL ? visible.height : visible.width) - overlap;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
