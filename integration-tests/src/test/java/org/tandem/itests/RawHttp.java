package org.tandem.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a bare socket, as a naive client sends it: the whole body first, then the answer is
 * read. What a server does with a body it does not read shows here (a reset loses its answer), where
 * a smarter client would hide it.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** The raw answer (status line, headers, body), or what the failure was. */
    static String send(String url, String headers, byte[] body, boolean chunked) throws IOException {
        URI u = URI.create(url);
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            String head = "POST " + u.getRawPath() + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort() + "\r\n"
                    + headers + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
                    + "Connection: close\r\n\r\n";
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < body.length; i += 8192) {
                    int n = Math.min(8192, body.length - i);
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(body, i, n);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException writing) {
                // the server stopped reading: its answer may still be there to read
            }
            return read(s.getInputStream());
        }
    }

    private static String read(InputStream in) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                got.write(buf, 0, n);
            }
        } catch (IOException e) {
            return got.toString(StandardCharsets.UTF_8) + "\n[read failed: " + e + "]";
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
