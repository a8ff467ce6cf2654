package shopdesk.faults;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import shopdesk.dal.bill.Bill;

/**
 * A till in a JVM of its own, for the kill -9 scenario. {@code write} rings up bills for ever while its outbox
 * syncs, printing "COMMITTED <bill id>" after each commit returns; {@code drain} only pushes what is queued,
 * pulls, prints "DRAINED" and exits. Args: mode db-file cloud-url shop device code user username password seed
 * product-id...
 */
public final class TillProcess {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        TillNode.Identity id = new TillNode.Identity(args[3], args[4], args[5], args[6], args[7], args[8]);
        List<String> products = Arrays.asList(args).subList(10, args.length);
        PrintStream out = System.out;
        try (TillNode till = new TillNode(Path.of(args[1]), args[2], id, Clock.systemUTC(), Long.parseLong(args[9]))) {
            till.connect(products, Duration.ofSeconds(30));
            out.println("READY");
            out.flush();
            if (mode.equals("drain")) {
                boolean empty = till.drain(Duration.ofSeconds(90));
                out.println(empty ? "DRAINED" : "NOT-DRAINED " + till.outbox.health().counts());
                out.flush();
                System.exit(empty ? 0 : 3);
            }
            till.outbox.start();
            while (true) {
                Bill b = till.sellRandom(products);
                out.println("COMMITTED " + b.id());
                out.flush();
                Thread.sleep(5);
            }
        }
    }

    private TillProcess() {
    }
}
