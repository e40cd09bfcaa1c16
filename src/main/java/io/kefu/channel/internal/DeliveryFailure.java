package io.kefu.channel.internal;

/**
 * A delivery the platform did not take. {@code retryable}: a network error, a 5xx, a busy or expired
 * token answer, worth trying again later; otherwise the platform refused the message itself (4xx, a
 * customer outside the reply window) and trying again would not help.
 */
class DeliveryFailure extends Exception {

    private final boolean retryable;

    DeliveryFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
