package shopdesk.client.app;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import java.util.Optional;

/**
 * Where the till's window opens: where it was last when that still fits a screen, moved and shrunk into the
 * screen when it no longer does (a smaller monitor), and on a first start maximized on small screens
 * (1024x768, 1366x768) or a comfortable size in the middle of larger ones. Screens are their usable areas
 * (without task bars); the first is the primary one.
 */
public final class WindowPlacement {
    /** The size the sale screen was designed at; screens smaller than this get the whole screen. */
    static final Dimension COMFORTABLE = new Dimension(1280, 860);
    /** Smaller than this the sale screen cannot show the total, the payments and Complete. */
    static final Dimension SMALLEST = new Dimension(900, 600);

    public record Placement(Rectangle bounds, boolean maximized, Dimension minimum) {
    }

    private WindowPlacement() {
    }

    public static Placement choose(Optional<Rectangle> remembered, boolean wasMaximized, List<Rectangle> screens) {
        if (screens.isEmpty()) throw new IllegalArgumentException("No screen");
        if (remembered.isPresent()) {
            Rectangle r = remembered.get();
            Rectangle screen = screenOf(r, screens);
            if (screen != null) {
                Rectangle fitted = fit(r, screen);
                return new Placement(fitted, wasMaximized || fitted.getSize().equals(screen.getSize()), minimum(screen));
            }
        }
        Rectangle primary = screens.get(0);
        if (primary.width < COMFORTABLE.width || primary.height < COMFORTABLE.height) {
            return new Placement(new Rectangle(primary), true, minimum(primary));
        }
        Rectangle centred = new Rectangle(primary.x + (primary.width - COMFORTABLE.width) / 2,
                primary.y + (primary.height - COMFORTABLE.height) / 2, COMFORTABLE.width, COMFORTABLE.height);
        return new Placement(centred, false, minimum(primary));
    }

    /** The screen the window overlaps most, or null when it is on none of them (a monitor since unplugged). */
    private static Rectangle screenOf(Rectangle r, List<Rectangle> screens) {
        Rectangle best = null;
        long bestArea = 0;
        for (Rectangle s : screens) {
            Rectangle i = s.intersection(r);
            long area = i.isEmpty() ? 0 : (long) i.width * i.height;
            if (area > bestArea) {
                best = s;
                bestArea = area;
            }
        }
        return best;
    }

    private static Rectangle fit(Rectangle r, Rectangle screen) {
        int w = Math.min(r.width, screen.width);
        int h = Math.min(r.height, screen.height);
        int x = Math.max(screen.x, Math.min(r.x, screen.x + screen.width - w));
        int y = Math.max(screen.y, Math.min(r.y, screen.y + screen.height - h));
        return new Rectangle(x, y, w, h);
    }

    private static Dimension minimum(Rectangle screen) {
        return new Dimension(Math.min(SMALLEST.width, screen.width), Math.min(SMALLEST.height, screen.height));
    }
}
