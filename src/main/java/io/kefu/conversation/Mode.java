package io.kefu.conversation;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is serving the customer: the bot, nobody yet (waiting for an agent), an agent, or nobody any more. */
public enum Mode {
    BOT, QUEUED, AGENT, CLOSED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Mode fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
