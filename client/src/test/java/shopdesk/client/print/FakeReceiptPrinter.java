package shopdesk.client.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A network receipt printer for tests: accepts one connection on a free local port and records every byte. */
final class FakeReceiptPrinter implements AutoCloseable {
    private final ServerSocket server;
    private final CompletableFuture<byte[]> received = new CompletableFuture<>();

    FakeReceiptPrinter() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptOne, "fake-printer");
        t.setDaemon(true);
        t.start();
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** The bytes of the first connection, once the till closed it. */
    byte[] received() throws Exception {
        return received.get(10, TimeUnit.SECONDS);
    }

    private void acceptOne() {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            received.complete(bytes.toByteArray());
        } catch (IOException e) {
            received.completeExceptionally(new UncheckedIOException(e));
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
