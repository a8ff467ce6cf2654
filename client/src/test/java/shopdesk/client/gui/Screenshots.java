package shopdesk.client.gui;

import java.awt.Robot;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A window as a PNG for the user guide, only when -Dscreenshots.dir is set (a picture, not an assertion). */
final class Screenshots {
    private Screenshots() {
    }

    static void write(Window w, String file) throws Exception {
        String out = System.getProperty("screenshots.dir");
        if (out == null || out.isBlank()) return;
        Edt.run(() -> {
            w.toFront();
            w.repaint();
        });
        Thread.sleep(400); // let the X server draw the frame before capturing
        var image = new Robot().createScreenCapture(Edt.call(w::getBounds));
        Files.createDirectories(Path.of(out));
        ImageIO.write(image, "png", Path.of(out).resolve(file).toFile());
    }
}
