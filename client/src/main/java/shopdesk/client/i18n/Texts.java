package shopdesk.client.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts in one language fixed when made, whatever the till's language does afterwards: a receipt or an X/Z report
 * on screen and in the PDF uses the till's language, on a thermal printer English (its code pages have no
 * Devanagari). Missing keys fall back to {@link Messages}.
 */
public final class Texts {
    private final Locale locale;
    private final ResourceBundle bundle;

    /** The till's language as it is now. */
    public static Texts current() {
        return new Texts(Messages.language());
    }

    public static Texts english() {
        return new Texts(Messages.ENGLISH);
    }

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = Messages.bundle(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return Messages.get(key, args);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
