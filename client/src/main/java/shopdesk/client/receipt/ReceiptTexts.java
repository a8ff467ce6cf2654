package shopdesk.client.receipt;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import shopdesk.client.i18n.Messages;

/**
 * A receipt's words in one language, fixed when the formatter is made: the screen and the PDF use the till's
 * language, a thermal printer English (its code pages have no Devanagari). Missing keys fall back to English.
 */
final class ReceiptTexts {
    private final Locale locale;
    private final ResourceBundle bundle;

    ReceiptTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return Messages.get(key, args);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
