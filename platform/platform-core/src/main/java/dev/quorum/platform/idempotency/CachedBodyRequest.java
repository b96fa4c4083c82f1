package dev.quorum.platform.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body is read once up front (to fingerprint it) and then served again. The body
 * is read only up to a limit, so a huge body cannot exhaust memory.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    private CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /**
     * Reads the body of {@code request}.
     *
     * @throws BodyTooLargeException when it is longer than {@code maxBytes}; then at most
     *     {@code maxBytes + 1} bytes were read
     */
    static CachedBodyRequest read(HttpServletRequest request, long maxBytes) throws IOException, BodyTooLargeException {
        if (request.getContentLengthLong() > maxBytes) {
            throw new BodyTooLargeException();
        }
        byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
        if (body.length > maxBytes) {
            throw new BodyTooLargeException();
        }
        return new CachedBodyRequest(request, body);
    }

    byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    /** The body is longer than the filter is willing to read. */
    static final class BodyTooLargeException extends Exception {
        BodyTooLargeException() {
            super(null, null, false, false);
        }
    }
}
