package shopdesk.dal.error;

import java.util.Locale;
import java.util.Optional;

/**
 * A typed, user-presentable error: a stable code, the field it is about (if any) and a plain message. A service
 * names its message as an {@link ErrorText} with arguments: {@code getMessage()} is then the English text (logs, the
 * server's JSON errors) and {@link #localized(Locale)} the text in the till's language. An exception made from a
 * ready sentence (the till's own checks, already in its language) says that sentence in every language.
 */
public class ShopDeskException extends RuntimeException {
    private final ErrorCode code;
    private final String field;
    private final transient Localizable text;

    /** With a sentence that is already in the language it is shown in. */
    public ShopDeskException(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
        this.text = null;
    }

    /** With a service message and its arguments (an argument may itself be Localizable, e.g. a noun). */
    public ShopDeskException(ErrorCode code, String field, ErrorText text, Object... args) {
        this(code, field, new Phrase(text, args));
    }

    protected ShopDeskException(ErrorCode code, String field, Localizable text) {
        super(text.in(ErrorText.ENGLISH));
        this.code = code;
        this.field = field;
        this.text = text;
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field the error is about, e.g. {@code sku}; null when it is about the whole request. */
    public String field() {
        return field;
    }

    /** The message in {@code locale}'s language (Hindi or English); {@code getMessage()} when it has no key. */
    public String localized(Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }

    /** The service message's key, when the message was made from one. */
    public Optional<ErrorText> errorText() {
        if (text instanceof Phrase p) return Optional.of(p.text());
        return text instanceof ErrorText t ? Optional.of(t) : Optional.empty();
    }
}
