package shopdesk.dal.audit;

import java.util.List;
import shopdesk.protocol.StoredCode;

/**
 * What an audit_log row records, one vocabulary for till and server. The server once wrote its own upper-case
 * codes (the legacy ones); change set 030 rewrites them and they are still read here.
 */
public enum AuditAction implements StoredCode {
    BILL_VOID("bill.void", "BILL_VOIDED"),
    BILL_STOCK_OVERRIDE("bill.stock-override", "STOCK_OVERRIDE_USED"),
    BILL_STOCK_OVERRIDE_REFUSED("bill.stock-override-refused", "STOCK_OVERRIDE_REFUSED"),
    SALE_LINE_REMOVED("sale.line-removed"),
    USER_CREATE("user.create"),
    USER_PASSWORD("user.password"),
    USER_LOCKED_OUT("user.locked-out", "LOGIN_LOCKED_OUT"),
    SYNC_RETRY_NOW("sync.retry-now"),
    SYNC_DISCARD("sync.discard"),
    SYNC_FORCE_PUSH("sync.force-push"),
    SYNC_TAKE_THEIRS("sync.take-theirs"),
    SYNC_VOID_BILL_AND_RESTORE("sync.void-bill-and-restore"),
    SYNC_REDUCE_QUANTITIES("sync.reduce-quantities"),
    SYNC_OVERRIDE_STOCK("sync.override-stock"),
    SYNC_LINK_PRODUCT("sync.link-product"),
    SYNC_RENAME_AND_RESEND("sync.rename-and-resend"),
    SYNC_REDUCE_RETURN("sync.reduce-return"),
    USER_DISABLE("user.disable"),
    USER_ENABLE("user.enable"),
    SETTINGS_CHANGE("settings.change"),
    DAY_CLOSE("day.close"),
    RETURN_WITHOUT_BILL("return.without-bill"),
    BILL_DISCOUNT_APPROVED("bill.discount-approved"),
    BILL_NOTE_UNCHECKED("bill.note-unchecked");

    private final String code;
    private final List<String> legacy;

    AuditAction(String code, String... legacy) {
        this.code = code;
        this.legacy = List.of(legacy);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<String> legacyCodes() {
        return legacy;
    }

    public static AuditAction fromCode(String code) {
        return StoredCode.parse(AuditAction.class, code);
    }
}
