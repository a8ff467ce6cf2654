package shopdesk.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A main class of this module in a JVM of its own, on this JVM's class path, whose output lines go to a consumer;
 * {@link #kill()} is kill -9 (no shutdown hooks, no clean close). {@link #awaitLine} waits for a line the child
 * prints when it reaches a point (READY, MIGRATING).
 */
public final class ChildJvm {
    private final Process process;
    private final Thread reader;
    private final List<String> seen = new ArrayList<>();
    private final List<CountDownLatch> waits = new ArrayList<>();

    private ChildJvm(Process process, Consumer<String> lines) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.accept(line);
                    synchronized (seen) {
                        seen.add(line);
                        waits.forEach(CountDownLatch::countDown);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Class<?> main, Consumer<String> lines, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start(), lines);
    }

    /** True once the child printed a line starting with {@code prefix}; false when it did not within the time. */
    public boolean awaitLine(String prefix, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            CountDownLatch next = new CountDownLatch(1);
            synchronized (seen) {
                if (seen.stream().anyMatch(l -> l.startsWith(prefix))) return true;
                waits.add(next);
            }
            next.await(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
            synchronized (seen) {
                waits.remove(next);
            }
            if (!process.isAlive() && !reader.isAlive()) return seen.stream().anyMatch(l -> l.startsWith(prefix));
        }
        return false;
    }

    /** SIGKILL, then waits for the process and its output to end. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(5_000);
    }

    /** Waits for a normal end; the exit code, or -1 when it did not end in time. */
    public int waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        if (!process.waitFor(timeout, unit)) return -1;
        reader.join(5_000);
        return process.exitValue();
    }
}
