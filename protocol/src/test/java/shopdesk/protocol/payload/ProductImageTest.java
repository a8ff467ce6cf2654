package shopdesk.protocol.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ProductImageTest {
    static String png(int w, int h) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB), "png", out);
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @Test
    void aSmallPngOrNoneIsAccepted() throws IOException {
        assertThat(ProductImage.problem(png(128, 64))).isNull();
        assertThat(ProductImage.problem(null)).isNull();
        assertThat(ProductImage.problem("")).isNull();
    }

    @Test
    void aLargePictureANonPngAndBrokenBase64AreRefused() throws IOException {
        assertThat(ProductImage.problem(png(129, 10))).contains("128 x 128");
        assertThat(ProductImage.problem(Base64.getEncoder().encodeToString("GIF89a not a png at all....".getBytes())))
                .isEqualTo("is not a PNG");
        assertThat(ProductImage.problem("***")).isEqualTo("is not base64");
        assertThat(ProductImage.problem("A".repeat(ProductImage.MAX_BASE64_LENGTH + 4))).contains("32 KB");
    }

    @Test
    void aPayloadWithoutTheFieldKeepsTheStoredImage() {
        ProductPayload old = Payloads.gson().fromJson("{\"id\":\"p\",\"sku\":\"S\",\"name\":\"N\"}", ProductPayload.class);
        assertThat(old.image()).isNull();
        ProductPayload p = new ProductPayload("p", "S", null, "N", 1, 0, 0, 1, false, "", false, false, "abc");
        assertThat(Payloads.gson().fromJson(Payloads.toJson(p), ProductPayload.class).image()).isEqualTo("abc");
    }
}
