package shopdesk.dal.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The service messages of the dal and outbox, each a key of {@code i18n/errors.properties} (English) and
 * {@code errors_hi.properties} (Hindi). A throw site names one of these instead of writing a sentence, so the English
 * text exists once (the exception's {@code getMessage()}, logs, the server's JSON errors) and a Hindi till shows the
 * Hindi text ({@link ShopDeskException#localized}). A constant without its key fails ErrorTextBundlesTest.
 */
public enum ErrorText implements Localizable {
    // nouns: what a message is about
    NOUN_CUSTOMER,
    NOUN_USER,
    NOUN_PRODUCT,
    NOUN_BILL,
    NOUN_DEVICE,
    NOUN_RETURN,
    NOUN_STORE_CREDIT,
    NOUN_SYNC_ENTRY,
    // roles
    ROLE_CASHIER,
    ROLE_SUPERVISOR,
    ROLE_ADMIN,
    ROLE_NONE,
    // labels of text fields ("Enter {0}", "{0} is too long")
    LABEL_SKU,
    LABEL_LABEL,
    LABEL_NAME,
    LABEL_REASON_NO_BILL,
    LABEL_REASON_PRICE,
    LABEL_REASON_ADJUST,
    LABEL_REASON_CASH_IN,
    LABEL_REASON_VOID,
    LABEL_USERNAME,
    LABEL_BARCODE,
    LABEL_CATEGORY,
    LABEL_CUSTOMER_NAME,
    LABEL_DISCOUNT_REASON,
    LABEL_EMAIL,
    LABEL_NOTE,
    LABEL_PAYMENT_REFERENCE,
    LABEL_PERSON_NAME,
    LABEL_PHONE,
    LABEL_REASON,
    LABEL_PAID_OUT_FOR,
    // actions that need a role ("{0} needs a supervisor")
    ACTION_ADD_CUSTOMER,
    ACTION_EDIT_CUSTOMER,
    ACTION_CASH_IN_OUT,
    ACTION_ADD_USER,
    ACTION_RESET_PASSWORD,
    ACTION_DISABLE_USER,
    ACTION_ENABLE_USER,
    ACTION_SELL,
    ACTION_VOID_BILL,
    ACTION_X_REPORT,
    ACTION_CLOSE_DAY,
    ACTION_ISSUE_CREDIT,
    ACTION_TAKE_RETURN,
    ACTION_CREATE_PRODUCT,
    ACTION_EDIT_PRODUCT,
    ACTION_DELETE_PRODUCT,
    ACTION_RECEIVE_STOCK,
    ACTION_ADJUST_STOCK,
    ACTION_DISCARD_RETURN,
    ACTION_REDUCE_RETURN,
    ACTION_RETRY_ENTRY,
    ACTION_DISCARD_ENTRY,
    ACTION_FORCE_PUSH,
    ACTION_TAKE_THEIRS,
    ACTION_VOID_UNSYNCED,
    ACTION_REDUCE_QUANTITIES,
    ACTION_OVERRIDE_STOCK,
    ACTION_LINK_PRODUCT,
    ACTION_RENAME_PRODUCT,
    ACTION_RELINK_BILL,
    ACTION_CHANGE_SETTINGS,
    ACTION_CREATE_USER,
    ACTION_CHANGE_OTHERS_PASSWORD,
    // what cannot be done to a sync entry in its state ("Entry 5 is SENT and cannot be {2}")
    STATE_RETRIED,
    STATE_DISCARDED,
    STATE_AS_BILL,
    STATE_AS_RETURN,
    STATE_AGAINST_CLOUD,
    // general
    NOT_FOUND,
    STALE_VERSION,
    AUTHENTICATION_FAILED,
    NEEDS_ROLE,
    NEEDS_ADMIN,
    STOCK_SHORT,
    STOCK_SHORT_ITEM,
    TEXT_REQUIRED,
    TEXT_CONTROL,
    TEXT_TOO_LONG,
    PAGE_OFFSET,
    PAGE_SIZE,
    // customers, users, shop
    PHONE_INVALID,
    EMAIL_INVALID,
    OWN_ACCOUNT,
    USERNAME_CHARS,
    PIN_LENGTH,
    PASSWORD_LENGTH,
    ROLE_MISSING,
    USERNAME_TAKEN,
    PASSWORD_WRONG,
    SHOP_NAME_MISSING,
    DEVICE_CODE_FORMAT,
    // products and stock
    SKU_TAKEN,
    BARCODE_TAKEN,
    BARCODE_CHARS,
    PRICE_NEGATIVE,
    PRICE_MAX,
    TAX_RATE_RANGE,
    LOW_STOCK_RANGE,
    IMAGE_PROBLEM,
    RECEIVE_QUANTITY_MIN,
    ADJUST_ZERO,
    // bills, payments, discounts
    LINE_PRICE_RANGE,
    BILL_ALREADY_VOIDED,
    BILL_NO_ITEMS,
    LINE_NO_PRODUCT,
    LINE_QUANTITY_MIN,
    LINE_QUANTITY_MAX,
    PAYMENT_MISSING,
    PAYMENT_METHOD_MISSING,
    PAYMENT_AMOUNT_MIN,
    PAYMENT_AMOUNT_MAX,
    CASH_SHORT,
    ONLY_CASH_OVER,
    PAYMENTS_NOT_TOTAL,
    STOCK_NEEDS_SUPERVISOR,
    DISCOUNT_ABOVE_LIMIT,
    DISCOUNT_KIND_WAS,
    DISCOUNT_KIND,
    DISCOUNT_NEGATIVE,
    DISCOUNT_OVER_100,
    DISCOUNT_OVER_BASE,
    ROUNDING_UNIT,
    // cash drawer and day close
    CASH_AMOUNT_RANGE,
    FLOAT_OPEN_TILL,
    FLOAT_OPEN_YOURS,
    COUNT_RANGE,
    NOTE_VALUE_MIN,
    COUNT_PIECES_RANGE,
    COUNT_TOO_LARGE,
    COUNT_SHORT,
    COUNT_OVER,
    COUNT_NEEDS_SUPERVISOR,
    // returns and store credit
    RETURN_BILL_VOIDED,
    RETURN_LINE_MISSING,
    RETURN_NO_SUCH_LINE,
    RETURN_EXCEEDED,
    RETURN_PRODUCT_MISSING,
    RETURN_QUANTITY_MIN,
    RETURN_QUANTITY_MAX,
    RETURN_NOTHING,
    REFUND_METHOD_MISSING,
    REFUND_METHOD_UNKNOWN,
    RETURN_NEEDS_SUPERVISOR,
    CREDIT_AMOUNT_RANGE,
    CREDIT_NEEDS_RETURN,
    CREDIT_OVER_RETURN,
    NOTE_UNNAMED,
    NOTE_LEFT,
    // sync centre: resolving refused and conflicting entries
    REASON_MISSING,
    REASON_TOO_LONG,
    ENTRY_STATE,
    ENTRY_NOT_BILL,
    ENTRY_NOT_RETURN,
    ENTRY_NOT_REFUSED_PRODUCT,
    ENTRY_NOT_REFUSED_BILL,
    ENTRY_BEING_SENT,
    ENTRY_SENDING,
    NO_RETURN_CONFLICT,
    NO_VERSION_CONFLICT,
    NO_SERVER_STATE,
    ONLY_PRODUCT_CUSTOMER,
    QUANTITIES_MISSING,
    REPAIR_QUANTITY_RANGE,
    PRODUCT_NOT_ON_BILL,
    EVERY_LINE_REMOVED,
    PRODUCT_SOLD_ON_BILL,
    SERVER_PRODUCT_NOT_HERE,
    SERVER_SKU_NOT_HERE,
    SERVER_KNOWS_ALL,
    NEW_SKU_LENGTH,
    NOTE_NEEDS_SUPERVISOR;

    public static final String BUNDLE = "i18n.errors";
    /** The language of {@code getMessage()}: the base bundle, whatever the JVM's default locale is. */
    public static final Locale ENGLISH = Locale.ROOT;
    public static final Locale HINDI = Locale.forLanguageTag("hi");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The key in the bundles. */
    public String key() {
        return name();
    }

    /** The pattern in {@code locale}'s language, English when that language has no text for it. */
    public String pattern(Locale locale) {
        try {
            return bundle(locale).getString(key());
        } catch (MissingResourceException e) {
            return bundle(ENGLISH).getString(key());
        }
    }

    /** Without arguments the pattern as it is; with them a MessageFormat ("{0}", a quote written ''). */
    public String format(Locale locale, Object... args) {
        String pattern = pattern(locale);
        if (args == null || args.length == 0) return pattern;
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) said[i] = said(args[i], locale);
        return new MessageFormat(pattern, locale).format(said);
    }

    @Override
    public String in(Locale locale) {
        return format(locale);
    }

    /** Arguments as text: a number as plain digits (no grouping: "100000"), words in the same language. */
    private static String said(Object arg, Locale locale) {
        if (arg instanceof Localizable l) return l.in(locale);
        return String.valueOf(arg);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale l = locale == null || !locale.getLanguage().equals("hi") ? ENGLISH : HINDI;
        return ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK);
    }
}
