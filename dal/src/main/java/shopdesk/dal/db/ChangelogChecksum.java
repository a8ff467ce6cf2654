package shopdesk.dal.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SHA-256 over the bytes of the changelog and every file it includes (found by their {@code include: {file: ...}}
 * lines, recursively), and the Liquibase contexts: what Liquibase would read to migrate. Any edit to a change set,
 * a new include or another context gives another checksum. Cheap (a few small resources), and needs no Liquibase.
 */
final class ChangelogChecksum {
    private static final Pattern INCLUDE = Pattern.compile("^\\s*-\\s*include:\\s*\\{\\s*file:\\s*([^,}\\s]+)", Pattern.MULTILINE);

    private ChangelogChecksum() {
    }

    /** Null when the changelog uses a form this cannot follow (includeAll): then Liquibase always runs. */
    static String of(String changelog, String contexts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("contexts=" + contexts + "\n").getBytes(StandardCharsets.UTF_8));
            Set<String> seen = new LinkedHashSet<>();
            if (!add(sha, changelog, seen)) return null;
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean add(MessageDigest sha, String resource, Set<String> seen) {
        if (!seen.add(resource)) return true;
        byte[] bytes;
        try (InputStream in = ChangelogChecksum.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Changelog resource missing: " + resource);
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read changelog resource " + resource, e);
        }
        sha.update((resource + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("includeAll")) return false;
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            if (!add(sha, m.group(1), seen)) return false;
        }
        return true;
    }
}
