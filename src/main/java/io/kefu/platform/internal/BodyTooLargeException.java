package io.kefu.platform.internal;

import java.io.IOException;

/**
 * A request body went past its endpoint's limit while being read (a chunked body announces no
 * length to check upfront). An {@link IOException}, as any failure of the stream it comes from, so
 * that whatever reads the body passes it on; {@link ProblemDetailsAdvice} finds it and answers 413.
 */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body exceeds " + limit + " bytes.");
    }
}
