package io.kefu.conversation.internal;

import java.util.List;

/** What the system tells the customer when the human side acts, in the conversation's language. */
final class StaffPhrases {

    static final List<String> RATING_CHOICES = List.of("1", "2", "3", "4", "5");

    private StaffPhrases() {
    }

    static String agentJoined(String language, String agent) {
        return "en".equals(language) ? agent + " from our support team has joined the conversation."
                : "人工客服 " + agent + " 已接入，为您服务。";
    }

    static String requeued(String language) {
        return "en".equals(language) ? "I'm transferring you to a colleague who knows this best; please hold on a moment."
                : "正在为您转接更合适的同事，请稍候。";
    }

    static String askRating(String language) {
        return "en".equals(language) ? "Thanks for your patience! How did we do? Please rate this service from 1 (poor) to 5 (excellent)."
                : "感谢您的耐心！请为本次服务打分：1（很差）到 5（很好）。";
    }

    static String backToBot(String language) {
        return "en".equals(language) ? "The AI assistant is here again if you need anything else."
                : "如还有其他问题，AI 助手随时为您服务。";
    }

    static String stillThere(String language) {
        return "en".equals(language) ? "Are you still there? If we don't hear from you, this chat will close shortly."
                : "请问您还在吗？如长时间没有回复，本次会话将自动结束。";
    }
}
