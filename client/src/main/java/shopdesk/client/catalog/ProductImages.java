package shopdesk.client.catalog;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import shopdesk.protocol.payload.ProductImage;

/**
 * A product's picture: any image file a supervisor picks is scaled to fit {@link ProductImage#MAX_SIDE} px and
 * stored as a PNG (smaller again when a photo's PNG is still above the size cap); tiles show it from a small cache.
 */
public final class ProductImages {
    /** Larger than this is refused before decoding: a picture for a tile never needs a 20 MB photo. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final int CACHE = 400;
    private static final Map<String, ImageIcon> ICONS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImageIcon> eldest) {
            return size() > CACHE;
        }
    };

    private ProductImages() {
    }

    /** The file as a base64 PNG for a product; IOException with a plain message when it is not a picture. */
    public static String fromFile(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) throw new IOException("The file is larger than 20 MB");
        try (InputStream in = Files.newInputStream(file)) {
            return fromStream(in);
        }
    }

    static String fromStream(InputStream in) throws IOException {
        BufferedImage source = ImageIO.read(in);
        if (source == null) throw new IOException("The file is not a picture this till can read (PNG, JPEG, GIF, BMP)");
        for (int side = ProductImage.MAX_SIDE; side >= 32; side /= 2) {
            String png = Base64.getEncoder().encodeToString(png(scaled(source, side)));
            if (ProductImage.problem(png) == null) return png;
        }
        throw new IOException("The picture stays too large even when made small");
    }

    /** The picture scaled to fit {@code side} for a tile or the form; null when there is none or it is unreadable. */
    public static synchronized ImageIcon icon(String base64, int side) {
        if (base64 == null || base64.isEmpty()) return null;
        String key = side + ":" + base64.hashCode() + ":" + base64.length();
        ImageIcon cached = ICONS.get(key);
        if (cached != null) return cached;
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
            if (img == null) return null;
            ImageIcon icon = new ImageIcon(scaled(img, side));
            ICONS.put(key, icon);
            return icon;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    static BufferedImage scaled(BufferedImage source, int side) {
        int w = source.getWidth();
        int h = source.getHeight();
        double f = Math.min(1.0, (double) side / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * f));
        int th = Math.max(1, (int) Math.round(h * f));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        Image step = f < 0.5 ? source.getScaledInstance(tw, th, Image.SCALE_AREA_AVERAGING) : source;
        g.drawImage(step, 0, 0, tw, th, null);
        g.dispose();
        return out;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
