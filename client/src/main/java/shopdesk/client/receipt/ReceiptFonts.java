package shopdesk.client.receipt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the PDF receipt finds its fonts at run time: a monospaced TrueType font with the rupee sign, then one with
 * Devanagari. {@code SHOPDESK_PDF_FONT} (or {@code -Dshopdesk.pdf.font}) names a Devanagari TrueType file to use
 * first. Debian/Ubuntu: {@code apt-get install fonts-dejavu-core fonts-lohit-deva} (or fonts-noto-core); Windows
 * has Consolas and Nirmala UI. None found: the PDF uses Courier and Latin letters only.
 */
final class ReceiptFonts {
    private ReceiptFonts() {
    }

    static List<Path> found() {
        List<Path> out = new ArrayList<>();
        first(out, monospaced());
        List<Path> deva = new ArrayList<>();
        String chosen = System.getProperty("shopdesk.pdf.font", System.getenv("SHOPDESK_PDF_FONT"));
        if (chosen != null && !chosen.isBlank()) deva.add(Path.of(chosen.trim()));
        deva.addAll(devanagari());
        first(out, deva);
        return out;
    }

    private static void first(List<Path> out, List<Path> candidates) {
        for (Path p : candidates) {
            if (ReceiptPdf.readable(p)) {
                out.add(p);
                return;
            }
        }
    }

    private static List<Path> monospaced() {
        List<Path> l = new ArrayList<>(List.of(
                Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
                Path.of("/usr/share/fonts/TTF/DejaVuSansMono.ttf"),
                Path.of("/usr/share/fonts/dejavu-sans-mono-fonts/DejaVuSansMono.ttf"),
                Path.of("/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf")));
        windows("consola.ttf", l);
        return l;
    }

    private static List<Path> devanagari() {
        List<Path> l = new ArrayList<>(List.of(
                Path.of("/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf"),
                Path.of("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"),
                Path.of("/usr/share/fonts/noto/NotoSansDevanagari-Regular.ttf"),
                Path.of("/usr/share/fonts/google-noto/NotoSansDevanagari-Regular.ttf"),
                Path.of("/usr/share/fonts/lohit-devanagari/Lohit-Devanagari.ttf")));
        windows("Nirmala.ttf", l);
        windows("mangal.ttf", l);
        return l;
    }

    private static void windows(String file, List<Path> into) {
        String root = System.getenv("WINDIR");
        if (root != null && !root.isBlank()) into.add(Path.of(root, "Fonts", file));
    }
}
