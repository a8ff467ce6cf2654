import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the ShopDesk icon (a till receipt on a rounded teal square) as a PNG, headless, so packaging needs no
 * image tools: {@code java scripts/packaging/ShopDeskIcon.java OUT.png [SIZE] [LETTER]}.
 */
public class ShopDeskIcon {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int s = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        String letter = args.length > 2 ? args[2] : "S";
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x13, 0x9C, 0x8E), 0, s, new Color(0x0B, 0x5F, 0x73)));
        g.fill(new RoundRectangle2D.Double(s * 0.04, s * 0.04, s * 0.92, s * 0.92, s * 0.22, s * 0.22));
        // the receipt: a white slip with a zig-zag tear at the bottom
        int x0 = (int) (s * 0.27), x1 = (int) (s * 0.73), y0 = (int) (s * 0.16), y1 = (int) (s * 0.80);
        java.awt.geom.Path2D slip = new java.awt.geom.Path2D.Double();
        slip.moveTo(x0, y0);
        slip.lineTo(x1, y0);
        slip.lineTo(x1, y1);
        int teeth = 6;
        double w = (x1 - x0) / (double) teeth;
        for (int i = 0; i < teeth; i++) {
            slip.lineTo(x1 - w * i - w / 2, y1 - s * 0.04);
            slip.lineTo(x1 - w * (i + 1), y1);
        }
        slip.closePath();
        g.setColor(Color.WHITE);
        g.fill(slip);
        g.setColor(new Color(0x0B, 0x5F, 0x73));
        g.setStroke(new BasicStroke(Math.max(1f, s * 0.025f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            int y = (int) (s * (0.50 + i * 0.08));
            g.drawLine((int) (x0 + s * 0.06), y, (int) (x1 - s * (i == 2 ? 0.18 : 0.06)), y);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (s * 0.24)));
        var fm = g.getFontMetrics();
        g.drawString(letter, (s - fm.stringWidth(letter)) / 2, (int) (s * 0.42));
        g.dispose();
        File out = new File(args.length > 0 ? args[0] : "shopdesk.png");
        if (out.getParentFile() != null) out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
        System.out.println(out);
    }
}
