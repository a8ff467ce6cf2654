package shopdesk.client.gui;

import java.awt.Component;
import java.awt.Window;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import shopdesk.client.ui.Swing;

/** Drives Swing from tests on the event thread, and waits by polling a condition with a timeout. */
public final class Edt {
    private Edt() {
    }

    public static <T> T call(Callable<T> c) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Throwable> err = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    out.set(c.call());
                } catch (Throwable t) {
                    err.set(t);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (err.get() != null) throw new AssertionError("on the event thread: " + err.get(), err.get());
        return out.get();
    }

    public static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** For actions that open a modal dialog: invokeAndWait would block until it closes. */
    public static void later(Runnable r) {
        SwingUtilities.invokeLater(r);
    }

    public static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, Duration.ofSeconds(20), condition);
    }

    public static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (call(condition::getAsBoolean)) return;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }

    public static <T extends Component> T find(Component root, String name) {
        return call(() -> Swing.require(root, name));
    }

    /** The showing dialog with this name, once it appears. */
    public static JDialog dialog(String name) {
        AtomicReference<JDialog> found = new AtomicReference<>();
        waitFor("dialog " + name, () -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing() && name.equals(d.getName())) {
                    found.set(d);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    public static Optional<JDialog> showingDialog() {
        return call(() -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && d.isShowing()) return Optional.of(d);
            }
            return Optional.empty();
        });
    }
}
