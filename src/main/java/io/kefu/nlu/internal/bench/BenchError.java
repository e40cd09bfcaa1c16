package io.kefu.nlu.internal.bench;

import java.net.http.HttpTimeoutException;

/** Kinds of failure the bench tells apart, under the names its summary uses. */
enum BenchError {
    /** Opening a conversation refused by the node's limit per client address. */
    OPENING_429("opening429"),
    /** A message refused by the conversation's message limit. */
    TURN_429("turn429"),
    /** A node failed (or was not ready: 503) when opening or answering. */
    HTTP_5XX("http5xx"),
    /** Any other refusal (400, 401, 403, 404, 409 …). */
    HTTP_4XX("http4xx"),
    /** No answer within the request timeout. */
    TIMEOUT("timeout"),
    /** No connection (a node down or restarting). */
    CONNECTION("connection"),
    /** Anything else: an unexpected response body, an I/O error. */
    OTHER("other");

    final String key;

    BenchError(String key) {
        this.key = key;
    }

    static BenchError ofStatus(int status, boolean opening) {
        if (status == 429) {
            return opening ? OPENING_429 : TURN_429;
        }
        return status >= 500 ? HTTP_5XX : status >= 400 ? HTTP_4XX : OTHER;
    }

    static BenchError of(Exception failure) {
        if (failure instanceof HttpTimeoutException) {
            return TIMEOUT;
        }
        return failure instanceof java.net.ConnectException ? CONNECTION : OTHER;
    }
}
