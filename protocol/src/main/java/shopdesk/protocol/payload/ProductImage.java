package shopdesk.protocol.payload;

import java.util.Base64;

/**
 * The limits of a product's picture, checked alike on the till and the server without decoding pixels: a base64
 * PNG of at most {@link #MAX_BYTES} bytes and {@link #MAX_SIDE} px a side (read from the PNG header). Small, so a
 * product row, a backup and a sync batch stay small.
 */
public final class ProductImage {
    public static final int MAX_SIDE = 128;
    public static final int MAX_BYTES = 32 * 1024;
    /** Base64 of MAX_BYTES; the database column is a little wider. */
    public static final int MAX_BASE64_LENGTH = 4 * ((MAX_BYTES + 2) / 3);
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ProductImage() {
    }

    /** Null when the base64 text is an acceptable PNG, otherwise why not (in plain words, for a log or a refusal). */
    public static String problem(String base64) {
        if (base64 == null || base64.isEmpty()) return null;
        if (base64.length() > MAX_BASE64_LENGTH) return "is larger than " + MAX_BYTES / 1024 + " KB";
        byte[] png;
        try {
            png = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return "is not base64";
        }
        if (png.length < 24) return "is not a PNG";
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) return "is not a PNG";
        }
        if (png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') return "is not a PNG";
        long width = uint32(png, 16);
        long height = uint32(png, 20);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
            return "must be at most " + MAX_SIDE + " x " + MAX_SIDE + " pixels";
        }
        return null;
    }

    private static long uint32(byte[] b, int at) {
        return ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xffL) << 16) | ((b[at + 2] & 0xffL) << 8) | (b[at + 3] & 0xffL);
    }
}
