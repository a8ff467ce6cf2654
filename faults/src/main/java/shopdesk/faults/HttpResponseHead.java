package shopdesk.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Just enough HTTP/1.1 to find where a response ends: its head, and a body by Content-Length or chunks. */
final class HttpResponseHead {
    private final String statusLine;
    private final List<String> headers;

    private HttpResponseHead(String statusLine, List<String> headers) {
        this.statusLine = statusLine;
        this.headers = headers;
    }

    /** Null when the server closed before sending anything. */
    static HttpResponseHead read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) return null;
        List<String> headers = new ArrayList<>();
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) headers.add(h);
        return new HttpResponseHead(status, headers);
    }

    byte[] withConnectionClose() {
        StringBuilder sb = new StringBuilder(statusLine).append("\r\n");
        for (String h : headers) {
            if (!h.toLowerCase(Locale.ROOT).startsWith("connection:")) sb.append(h).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The raw body bytes exactly as framed (chunk markers included for chunked bodies). */
    byte[] readBody(InputStream in) throws IOException {
        String length = header("content-length");
        if (length != null) return in.readNBytes(Integer.parseInt(length.trim()));
        if ("chunked".equalsIgnoreCase(String.valueOf(header("transfer-encoding")).trim())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in);
                if (sizeLine == null) break;
                out.writeBytes((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    String trailer;
                    while ((trailer = line(in)) != null && !trailer.isEmpty()) {
                        out.writeBytes((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    break;
                }
                out.writeBytes(in.readNBytes(size));
                out.writeBytes((line(in) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            return out.toByteArray();
        }
        return statusLine.contains(" 204 ") || statusLine.contains(" 304 ") ? new byte[0] : in.readAllBytes();
    }

    private String header(String name) {
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase(name)) return h.substring(colon + 1);
        }
        return null;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') break;
            if (b != '\r') buf.write(b);
        }
        if (b < 0 && buf.size() == 0) return null;
        return buf.toString(StandardCharsets.ISO_8859_1);
    }
}
