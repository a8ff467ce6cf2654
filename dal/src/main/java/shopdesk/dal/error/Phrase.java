package shopdesk.dal.error;

import java.util.Arrays;
import java.util.Locale;

/** A service message with its arguments; an argument that is itself {@link Localizable} is said in the same language. */
public record Phrase(ErrorText text, Object... args) implements Localizable {
    public Phrase {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public String in(Locale locale) {
        return text.format(locale, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase p && p.text == text && Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return in(ErrorText.ENGLISH);
    }
}
