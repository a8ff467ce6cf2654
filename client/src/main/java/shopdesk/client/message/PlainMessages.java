package shopdesk.client.message;

import java.awt.print.PrinterException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.client.i18n.Messages;
import shopdesk.client.sync.RejectionTexts;
import shopdesk.dal.config.ConfigException;
import shopdesk.dal.db.SchemaTooNewException;
import shopdesk.dal.error.ShopDeskException;
import shopdesk.dal.safety.DamagedDatabaseException;
import shopdesk.outbox.cloud.CloudException;
import shopdesk.outbox.cloud.CloudUnavailableException;
import shopdesk.outbox.cloud.CloudUnreachableException;
import shopdesk.outbox.cloud.ExchangeFailedException;
import shopdesk.outbox.cloud.UpdateRequiredException;

/**
 * Failures in words a cashier can act on. Exception class names and driver texts never reach the screen: the
 * technical detail goes to the log, and a network problem says what to do (keep selling, check the cable).
 */
public final class PlainMessages {
    private static final Logger LOG = LoggerFactory.getLogger(PlainMessages.class);

    public static final String NO_CONNECTION = "The ShopDesk server cannot be reached. Keep selling: bills stay on this"
            + " till and are sent when the connection is back. If this lasts, check the network cable or Wi-Fi.";
    public static final String NO_ADDRESS = "The ShopDesk server's address cannot be found. Keep selling: bills stay on"
            + " this till. Check the network connection, or ask a supervisor to check the server address.";
    public static final String TOO_SLOW = "The ShopDesk server did not answer in time. Keep selling: nothing is lost,"
            + " the till tries again by itself.";
    public static final String BROKEN = "The connection broke while sending. Nothing is lost: the till sends it again"
            + " and the server counts it once.";
    public static final String SERVER_FAULT = "The ShopDesk server has a problem. Keep selling: the till tries again by"
            + " itself. Tell a supervisor if this lasts.";
    public static final String SERVER_BUSY = "The ShopDesk server is busy. The till tries again in a moment.";
    public static final String UPDATE = "This till must be updated before it can sync. Keep selling and ask a"
            + " supervisor to install the new version.";
    public static final String PRINTER = "The printer did not answer. Check that it is switched on, connected and has"
            + " paper, then try again.";
    public static final String FILE = "The file could not be written. Check that the folder exists, that this till may"
            + " write there and that the disk has space.";
    public static final String DATABASE = "The till could not save this in its database. Try again; if it happens"
            + " again, tell a supervisor (the details are in the till's log).";
    public static final String BACKUP = "The backup failed. Check that the disk has space and that the backup folder"
            + " exists; the details are in the till's log.";
    public static final String UNKNOWN = "Something went wrong. Try again; if it happens again, tell a supervisor"
            + " (the details are in the till's log).";

    /** The message key of each sentence above: the constants stay English (logs, tests), screens get the till's language. */
    private static final java.util.Map<String, String> KEYS = java.util.Map.ofEntries(
            java.util.Map.entry(NO_CONNECTION, "plain.noConnection"), java.util.Map.entry(NO_ADDRESS, "plain.noAddress"),
            java.util.Map.entry(TOO_SLOW, "plain.tooSlow"), java.util.Map.entry(BROKEN, "plain.broken"),
            java.util.Map.entry(SERVER_FAULT, "plain.serverFault"), java.util.Map.entry(SERVER_BUSY, "plain.serverBusy"),
            java.util.Map.entry(UPDATE, "plain.update"), java.util.Map.entry(PRINTER, "plain.printer"),
            java.util.Map.entry(FILE, "plain.file"), java.util.Map.entry(DATABASE, "plain.database"),
            java.util.Map.entry(BACKUP, "plain.backup"), java.util.Map.entry(UNKNOWN, "plain.unknown"));
    // "java.net.ConnectException: ", "HttpHostConnectException: ", "org.jooq.exception.DataAccessException"
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final List<Rule> RECORDED = List.of(
            new Rule(NO_ADDRESS, "unknownhost", "name or service not known", "nodename nor servname"),
            new Rule(TOO_SLOW, "timed out", "timeout"),
            new Rule(NO_CONNECTION, "connection refused", "connectexception", "no route to host", "network is unreachable",
                    "cannot reach"),
            new Rule(BROKEN, "connection reset", "broken pipe", "nohttpresponse", "failed to respond", "exchangefailed",
                    "end of stream"));

    private PlainMessages() {
    }

    /** "Could not print: The printer did not answer..."; logs what failed with the whole technical detail. */
    public static String explain(String whatFailed, Throwable problem) {
        LOG.warn("{}", whatFailed, problem);
        return whatFailed + ": " + forCashier(problem);
    }

    /**
     * For a screen's catch: our own errors are expected and already plain (shown as they are, not logged); anything
     * else is logged with its detail and explained as "what failed: why, and what to do".
     */
    public static String forFailure(String whatFailed, RuntimeException problem) {
        return problem instanceof ShopDeskException ? forCashier(problem) : explain(whatFailed, problem);
    }

    /** The plain reason for a failure, judged by the first cause that says something the cashier can act on. */
    public static String forCashier(Throwable problem) {
        String s = firstKnown(problem);
        return localized(s == null ? UNKNOWN : s);
    }

    private static String firstKnown(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String s = known(t);
            if (s != null) return s;
        }
        return null;
    }

    /**
     * An error text recorded earlier (a sync entry's last error) in plain words: a network or driver text becomes
     * the matching sentence; a text already written for people (the server's own answer) is kept, minus any
     * exception class name.
     */
    public static String plain(String recorded) {
        if (recorded == null || recorded.isBlank()) return "";
        var refused = RejectionTexts.localized(recorded);   // "CODE: detail" from the server, on a Hindi till
        if (refused.isPresent()) return refused.get();
        String lower = recorded.toLowerCase(Locale.ROOT);
        for (Rule r : RECORDED) {
            if (r.matches(lower)) return localized(r.text);
        }
        if (lower.contains("no space left")) return localized(FILE);
        return localized(withoutClassNames(recorded));
    }

    /** A text written for people, with any exception class name that slipped into it taken out. */
    static String withoutClassNames(String text) {
        if (text == null || !CLASS_NAME.matcher(text).find()) return text == null ? "" : text.trim();
        String words = CLASS_NAME.matcher(text).replaceAll("").trim();
        return words.length() < 4 ? UNKNOWN : words;
    }

    private static String known(Throwable t) {
        if (t instanceof UpdateRequiredException) return UPDATE;
        if (t instanceof ShopDeskException || writtenForPeople(t)) {
            String m = Messages.of(t);   // a service error in the till's language
            return m == null ? UNKNOWN : withoutClassNames(m);
        }
        if (t instanceof UnknownHostException) return NO_ADDRESS;
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof CloudUnreachableException) {
            return NO_CONNECTION;
        }
        if (t instanceof InterruptedIOException) return TOO_SLOW;   // SocketTimeoutException is one
        if (t instanceof ExchangeFailedException || t instanceof SocketException) return BROKEN;
        if (t instanceof CloudUnavailableException) {
            String cause = t.getCause() == null ? null : firstKnown(t.getCause());
            return cause == null ? NO_CONNECTION : cause;
        }
        if (t instanceof CloudException c) {
            if (c.status() == 429) return SERVER_BUSY;
            if (c.status() >= 500) return SERVER_FAULT;
            String words = withoutClassNames(c.getMessage());
            return words.isEmpty() || words.startsWith("HTTP ") ? SERVER_FAULT : Messages.get("plain.refused", words);
        }
        if (t instanceof PrinterException) return PRINTER;
        if (t instanceof NoSuchFileException || t instanceof AccessDeniedException || t instanceof FileSystemException) {
            return FILE;
        }
        if (t instanceof SQLException || t.getClass().getName().endsWith("DataAccessException")) return DATABASE;
        if (t instanceof java.io.IOException && String.valueOf(t.getMessage()).contains("No space left")) return FILE;
        return null;
    }

    /** One of the sentences above in the till's language; any other text (the server's own words) as it is. */
    private static String localized(String s) {
        String key = KEYS.get(s);
        return key == null ? s : Messages.get(key);
    }

    /** Exceptions whose message is already meant for the person at the till. */
    private static boolean writtenForPeople(Throwable t) {
        return t instanceof ConfigException || t instanceof DamagedDatabaseException || t instanceof SchemaTooNewException;
    }

    private record Rule(String text, String... clues) {
        boolean matches(String lower) {
            for (String c : clues) {
                if (lower.contains(c)) return true;
            }
            return false;
        }
    }
}
