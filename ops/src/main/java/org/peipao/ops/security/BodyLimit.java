package org.peipao.ops.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies over the limit with {@code 413}: at once when the declared length is too large,
 * and while reading when a body without a declared length grows past it. Spreadsheet imports
 * ({@code /api/v1/imports/**}) have a limit of their own ({@code peipao.imports.max-size}); every other request the
 * general one ({@code peipao.security.max-body-size}).
 */
public class BodyLimit extends OncePerRequestFilter {

    static final String IMPORTS = "/api/v1/imports/";

    private final long generalMax;
    private final long importsMax;

    BodyLimit(long generalMax, long importsMax) {
        this.generalMax = generalMax;
        this.importsMax = importsMax;
    }

    /** Thrown while reading a body past the limit; the web layer answers it with {@code 413}. */
    public static class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("the request body exceeds " + maxBytes + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = request.getRequestURI().startsWith(request.getContextPath() + IMPORTS) ? importsMax : generalMax;
        if (request.getContentLengthLong() > maxBytes) {
            ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
                    "request bodies are limited to " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
