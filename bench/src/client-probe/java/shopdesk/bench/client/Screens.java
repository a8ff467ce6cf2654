package shopdesk.bench.client;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/** Drives the till's real windows by component name, on the event thread, the way the window tests do. */
final class Screens {
    private Screens() {
    }

    static <T> T onEdt(Supplier<T> work) {
        AtomicReference<T> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(work.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return out.get();
    }

    static void run(Runnable work) {
        onEdt(() -> {
            work.run();
            return null;
        });
    }

    static void waitFor(String what, long timeoutMs, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("Timed out waiting for " + what);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A showing component of that name in any open window (call on the event thread). */
    static Optional<Component> find(String name) {
        for (Window w : Window.getWindows()) {
            if (!w.isShowing()) continue;
            if (name.equals(w.getName())) return Optional.of(w);
            Component c = find(w, name);
            if (c != null) return Optional.of(c);
        }
        return Optional.empty();
    }

    private static Component find(Container parent, String name) {
        for (Component c : parent.getComponents()) {
            if (name.equals(c.getName()) && c.isShowing()) return c;
            if (c instanceof Container k) {
                Component f = find(k, name);
                if (f != null) return f;
            }
        }
        return null;
    }

    static Component require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("No showing component named " + name));
    }

    static void waitShowing(String name, long timeoutMs) {
        waitFor(name, timeoutMs, () -> find(name).isPresent());
    }

    static void type(String name, String text) {
        run(() -> ((JTextComponent) require(name)).setText(text));
    }

    static void click(String name) {
        run(() -> ((AbstractButton) require(name)).doClick(0));
    }

    /** Clicks without waiting for what the click opens (a modal dialog runs its own event loop). */
    static void clickLater(String name) {
        run(() -> {
            AbstractButton b = (AbstractButton) require(name);
            SwingUtilities.invokeLater(() -> b.doClick(0));
        });
    }
}
