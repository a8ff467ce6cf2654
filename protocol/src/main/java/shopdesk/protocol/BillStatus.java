package shopdesk.protocol;

import java.util.List;

/** A bill's status, as stored on till and server and sent in its payload. */
public enum BillStatus implements StoredCode {
    COMPLETED,
    /** Till screens once spelled it "VOID". */
    VOIDED("VOID");

    private final List<String> legacy;

    BillStatus(String... legacy) {
        this.legacy = List.of(legacy);
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public List<String> legacyCodes() {
        return legacy;
    }

    public static BillStatus fromCode(String code) {
        return StoredCode.parse(BillStatus.class, code);
    }
}
