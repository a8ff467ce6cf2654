package shopdesk.outbox.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A peer that reads the request and then resets the connection (RST) without a byte of answer. */
public final class ResettingPeer implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();

    public ResettingPeer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    accepted.incrementAndGet();
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[8192];
                    in.read(buf); // the request head (enough to be sure it was sent)
                    s.setSoLinger(true, 0); // close with RST
                } catch (IOException e) {
                    // closed
                }
            }
        }, "resetting-peer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Connections accepted so far (each one an attempt of the till). */
    public int accepted() {
        return accepted.get();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
