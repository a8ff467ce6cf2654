package shopdesk.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A TCP proxy between a till and the server that breaks connections on purpose. A plan maps the n-th
 * accepted connection to a {@link Fault}; the proxy counts what it injected.
 */
public final class FaultyProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final IntFunction<Fault> plan;
    private final long delayMillis;
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "faulty-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private volatile boolean open = true;

    public FaultyProxy(InetSocketAddress target, IntFunction<Fault> plan, long delayMillis) throws IOException {
        this.target = target;
        this.plan = plan;
        this.delayMillis = delayMillis;
        for (Fault f : Fault.values()) injected.put(f, new AtomicLong());
        this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "faulty-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Faults injected so far (NONE not counted). */
    public long faultsInjected() {
        return injected.entrySet().stream().filter(e -> e.getKey() != Fault.NONE).mapToLong(e -> e.getValue().get()).sum();
    }

    public long injected(Fault f) {
        return injected.get(f).get();
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = listener.accept();
                Fault fault = plan.apply(connections.getAndIncrement());
                pumps.execute(() -> handle(client, fault));
            } catch (IOException e) {
                if (!open) return;
            }
        }
    }

    private void handle(Socket client, Fault fault) {
        try (client) {
            client.setTcpNoDelay(true);
            if (fault == Fault.RESET_BEFORE_REQUEST) {
                injected.get(fault).incrementAndGet();
                reset(client);
                return;
            }
            try (Socket server = new Socket()) {
                server.connect(target, 5_000);
                server.setTcpNoDelay(true);
                pumps.execute(() -> copy(client, server)); // request side passes through untouched
                answer(server.getInputStream(), client, fault);
            }
        } catch (IOException ignored) {
            // a broken connection is this class's business
        }
    }

    /**
     * Forwards one HTTP response (head rewritten to "Connection: close", so every exchange has a connection of
     * its own and the plan decides for each), breaking it as the fault says.
     */
    private void answer(InputStream fromServer, Socket client, Fault fault) throws IOException {
        OutputStream toClient = client.getOutputStream();
        HttpResponseHead head = HttpResponseHead.read(fromServer);
        if (head == null) {
            client.shutdownOutput();
            return;
        }
        if (fault != Fault.NONE) injected.get(fault).incrementAndGet();
        switch (fault) {
            case DROP_RESPONSE -> {
                reset(client); // the server has answered, so it has committed: the till never hears it
                return;
            }
            case DELAY -> sleep(delayMillis);
            default -> { }
        }
        byte[] headBytes = head.withConnectionClose();
        byte[] body = head.readBody(fromServer);
        if (fault == Fault.TRUNCATE_RESPONSE || fault == Fault.RESET_MID_BODY) {
            toClient.write(headBytes);
            toClient.write(body, 0, body.length / 2);
            toClient.flush();
            if (fault == Fault.RESET_MID_BODY) reset(client);
            else client.shutdownOutput();
            return;
        }
        toClient.write(headBytes);
        toClient.write(body);
        toClient.flush();
        client.shutdownOutput();
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ignored) {
            // the other side went away
        }
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0); // close with RST, like a dropped network
            s.close();
        } catch (SocketException ignored) {
            // already gone
        } catch (IOException ignored) {
            // already gone
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        listener.close();
        pumps.shutdownNow();
    }
}
