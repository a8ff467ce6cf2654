package shopdesk.client.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shopdesk.dal.error.ShopDeskException;

/**
 * The till's words in the shop's language: {@code i18n/messages.properties} (English) and
 * {@code messages_hi.properties} (Hindi), UTF-8. A key missing from the chosen language falls back to English; a key
 * missing everywhere shows as the key itself, is logged once and is listed by {@link #missing()} (the tests read it).
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale HINDI = Locale.forLanguageTag("hi");
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Set<String> MISSING = ConcurrentHashMap.newKeySet();
    private static volatile Locale language = ENGLISH;
    private static volatile ResourceBundle bundle = bundle(ENGLISH);

    private Messages() {
    }

    /** The language of every text asked for from now on; screens built before keep theirs until rebuilt. */
    public static void use(Locale locale) {
        Locale chosen = locale != null && locale.getLanguage().equals("hi") ? HINDI : ENGLISH;
        language = chosen;
        bundle = bundle(chosen);
    }

    public static Locale language() {
        return language;
    }

    /** The text for {@code key}; with arguments it is a MessageFormat pattern ("{0} saved"; a quote is written ''). */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            if (MISSING.add(key)) LOG.warn("No text for message key {} in {}", key, language);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /**
     * A failure's message for the screen: a service error (ShopDeskException) in the till's language, from the dal's
     * errors bundle; its {@code getMessage()} stays English for the log. Any other exception's message as it is.
     */
    public static String of(Throwable problem) {
        return problem instanceof ShopDeskException e ? e.localized(language) : problem.getMessage();
    }

    /** Keys asked for that no bundle has, since start. */
    public static Set<String> missing() {
        return new TreeSet<>(MISSING);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
