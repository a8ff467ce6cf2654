package shopdesk.client.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Which shop and device this till is, and whether it talks to a cloud: written once by the first-run screen
 * into till.properties in the data folder. {@code cloudUrl} null means standalone.
 */
public record TillIdentity(String shopId, String shopName, String deviceId, String deviceCode, String cloudUrl) {

    public boolean standalone() {
        return cloudUrl == null || cloudUrl.isBlank();
    }

    public static Optional<TillIdentity> load(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String cloud = p.getProperty("cloud.url");
        return Optional.of(new TillIdentity(p.getProperty("shop.id"), p.getProperty("shop.name"), p.getProperty("device.id"),
                p.getProperty("device.code"), cloud == null || cloud.isBlank() ? null : cloud));
    }

    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("shop.id", shopId);
        p.setProperty("shop.name", shopName);
        p.setProperty("device.id", deviceId);
        p.setProperty("device.code", deviceCode);
        if (!standalone()) p.setProperty("cloud.url", cloudUrl);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "ShopDesk till identity (written by the first-run screen)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
