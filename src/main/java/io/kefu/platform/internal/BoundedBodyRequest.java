package io.kefu.platform.internal;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Enforces the body limit on chunked requests too, which carry no Content-Length to check upfront.
 */
final class BoundedBodyRequest extends HttpServletRequestWrapper {

    /**
     * How much more of an oversized body is read and dropped before answering 413. Tomcat closes the
     * connection after a 413; closing it on unread input resets it, and the client may lose the
     * answer with it. A body somewhat over the limit gets its answer; a flood is cut off.
     */
    private static final long DRAINED_BYTES = 2 * 1024 * 1024;

    private final long limit;

    BoundedBodyRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        ServletInputStream body = super.getInputStream();
        return new ServletInputStream() {

            private long read;

            @Override
            public int read() throws IOException {
                int b = body.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                    drain();
                    throw new BodyTooLargeException(limit);
                }
            }

            private void drain() throws IOException {
                byte[] buffer = new byte[8192];
                for (long drained = 0; drained < DRAINED_BYTES;) {
                    int n = body.read(buffer);
                    if (n < 0) {
                        return;
                    }
                    drained += n;
                }
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        };
    }
}
