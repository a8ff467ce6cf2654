package shopdesk.dal.error;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Words that can be said in any of the till's languages: a service message, a noun in one, a list of them. */
@FunctionalInterface
public interface Localizable {
    /** The text in {@code locale}'s language (English for any language without a bundle). */
    String in(Locale locale);

    /** The same words with the first letter a capital ("the email address" -> "The email address"). */
    static Localizable capitalized(Localizable words) {
        return locale -> {
            String s = words.in(locale);
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        };
    }

    /** Several phrases one after the other, separated by ", ". */
    static Localizable joined(List<? extends Localizable> parts) {
        return locale -> parts.stream().map(p -> p.in(locale)).collect(Collectors.joining(", "));
    }
}
