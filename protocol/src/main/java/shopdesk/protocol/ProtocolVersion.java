package shopdesk.protocol;

/** Every request carries {@link #HEADER}; a server newer than the client answers 426 "update required". */
public final class ProtocolVersion {
    public static final String HEADER = "X-ShopDesk-Protocol";
    public static final int CURRENT = 1;
    /** The oldest client protocol this build's server still accepts. */
    public static final int MIN_SUPPORTED = 1;

    private ProtocolVersion() {
    }
}
