package shopdesk.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shopdesk.client.fake.FakeAuth;
import shopdesk.client.fake.FakeCatalog;
import shopdesk.client.session.SessionHolder;
import shopdesk.dal.user.Role;
import shopdesk.protocol.payload.ProductImage;

class ProductImagesTest {
    @TempDir Path dir;
    FakeCatalog catalog = new FakeCatalog();
    SessionHolder sessions = new SessionHolder();
    ProductFormPresenter p = new ProductFormPresenter(catalog, sessions);

    @BeforeEach
    void setUp() {
        sessions.start(new FakeAuth().user("super", "pw", Role.SUPERVISOR));
    }

    /** A noisy photo-like JPEG: its 128 px PNG would be large, so the import must keep it under the cap. */
    static Path photo(Path dir, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int x = 0; x < w; x++) for (int y = 0; y < h; y++) img.setRGB(x, y, r.nextInt());
        Path f = dir.resolve("photo of tea.jpg");
        ImageIO.write(img, "jpg", f.toFile());
        return f;
    }

    @Test
    void aLargePhotoBecomesASmallPngWithinTheLimitsKeepingItsShape() throws IOException {
        String png = ProductImages.fromFile(photo(dir, 1600, 800));
        assertThat(ProductImage.problem(png)).isNull();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
        assertThat(read.getWidth()).isLessThanOrEqualTo(ProductImage.MAX_SIDE).isEqualTo(read.getHeight() * 2);
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedInPlainWords() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> ProductImages.fromFile(text)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a picture");
    }

    @Test
    void aChosenPictureIsSavedKeptByLaterEditsAndRemovedByRemove() throws IOException {
        BufferedImage red = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        red.getGraphics().setColor(Color.RED);
        var out = new ByteArrayOutputStream();
        ImageIO.write(red, "png", out);
        String png = ProductImages.fromStream(new ByteArrayInputStream(out.toByteArray()));

        p.setImage(png);
        var saved = p.save("TEA-1", "", "Tea", "10", "0", "0").orElseThrow();
        assertThat(saved.image()).isEqualTo(png);
        assertThat(p.image()).isEqualTo(png);
        assertThat(p.save("TEA-1", "", "Assam tea", "10", "0", "0").orElseThrow().image()).isEqualTo(png);
        assertThat(ProductImages.icon(saved.image(), 40).getIconWidth()).isEqualTo(40);

        p.setImage("");
        assertThat(p.image()).isNull();
        assertThat(p.save("TEA-1", "", "Assam tea", "10", "0", "0").orElseThrow().image()).isNull();
    }
}
