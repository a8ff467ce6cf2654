package shopdesk.outbox.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback proxy, one HTTP exchange per connection, that loses the answer to every n-th push after the server
 * has fully answered it (so the server has committed): it reads the whole response and then resets the till's
 * connection instead of forwarding it.
 */
public final class ResponseDroppingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final int everyNth;
    private final AtomicInteger pushes = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dropping-proxy");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean open = true;

    public ResponseDroppingProxy(int targetPort, int everyNth) throws IOException {
        this.target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
        this.everyNth = everyNth;
        this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (open) {
                try {
                    Socket client = listener.accept();
                    pumps.execute(() -> handle(client));
                } catch (IOException e) {
                    if (!open) return;
                }
            }
        }, "dropping-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    public int pushes() {
        return pushes.get();
    }

    public int dropped() {
        return dropped.get();
    }

    private void handle(Socket client) {
        try (client; Socket up = new Socket()) {
            client.setTcpNoDelay(true);
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head == null) return;
            int length = 0;
            StringBuilder rewritten = new StringBuilder();
            String[] lines = head.split("\r\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                String lower = l.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) length = Integer.parseInt(l.substring(15).trim());
                if (i > 0 && (lower.startsWith("connection:") || lower.startsWith("keep-alive:"))) continue;
                rewritten.append(l).append("\r\n");
            }
            rewritten.append("Connection: close\r\n\r\n");
            byte[] body = in.readNBytes(length);
            boolean push = lines[0].contains("/sync/push");

            up.connect(target, 5_000);
            up.setTcpNoDelay(true);
            OutputStream upOut = up.getOutputStream();
            upOut.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
            upOut.write(body);
            upOut.flush();
            byte[] response = up.getInputStream().readAllBytes(); // the server closes after answering

            if (push && pushes.incrementAndGet() % everyNth == 0) {
                dropped.incrementAndGet();
                client.setSoLinger(true, 0); // the answer is lost: reset instead
                return;
            }
            OutputStream out = client.getOutputStream();
            out.write(response);
            out.flush();
        } catch (IOException e) {
            // a broken exchange is what this proxy is for
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while ((b = in.read()) != -1) {
            buf.write(b);
            state = switch (state) {
                case 0 -> b == '\r' ? 1 : 0;
                case 1 -> b == '\n' ? 2 : 0;
                case 2 -> b == '\r' ? 3 : 0;
                case 3 -> b == '\n' ? 4 : 0;
                default -> 0;
            };
            if (state == 4) return buf.toString(StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
        pumps.shutdownNow();
    }
}
