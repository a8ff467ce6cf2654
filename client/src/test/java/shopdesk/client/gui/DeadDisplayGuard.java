package shopdesk.client.gui;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * If DISPLAY points at an X server that is gone, every later AWT call fails, even in tests that open no window.
 * Before any test runs, check the X socket and fall back to headless when nobody answers.
 */
public final class DeadDisplayGuard implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.setProperty("java.awt.headless", "true");
            return;
        }
        if (!alive(display)) {
            System.err.println("DISPLAY=" + display + " does not answer; running tests headless");
            System.setProperty("java.awt.headless", "true");
        }
    }

    static boolean alive(String display) {
        // Local displays look like ":99" or ":99.0"; remote ones (host:0) are left to AWT.
        if (!display.startsWith(":")) return true;
        String number = display.substring(1).split("\\.")[0];
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        if (!Files.exists(socket)) return false;
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (Exception e) {
            return false;
        }
    }
}
