package io.kefu.emotion;

/**
 * How the customer feels in one message, and where the feeling is heading over the conversation.
 *
 * @param label     anger, anxiety, disappointment, confusion, satisfaction or neutral
 * @param intensity 0 (barely) .. 1 (extremely)
 * @param trend     rising, steady or falling, over the last few customer messages
 */
public record EmotionReading(String label, double intensity, String trend) {

    public static final EmotionReading NEUTRAL = new EmotionReading("neutral", 0.0, "steady");

    public boolean isNegative() {
        return switch (label) {
            case "anger", "anxiety", "disappointment" -> true;
            default -> false;
        };
    }
}
