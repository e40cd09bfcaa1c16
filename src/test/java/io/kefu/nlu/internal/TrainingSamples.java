package io.kefu.nlu.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, made-up intent data set for fast tests.
 */
public final class TrainingSamples {

    private TrainingSamples() {
    }

    public static List<IntentExample> chinese() {
        List<IntentExample> examples = new ArrayList<>();
        add(examples, "logistics", "查下物流", "物流到哪了", "快递到哪了", "查一下快递", "我的快递呢", "物流信息",
                "快递几天到", "查物流", "包裹到哪里了", "物流怎么不动了", "快递什么时候到", "帮我看看物流");
        add(examples, "invoice", "开个发票", "我要发票", "开发票", "发票怎么开", "能开发票吗", "帮我开张发票",
                "电子发票", "发票抬头", "补开发票", "开增值税发票", "要一张发票", "发票开一下");
        add(examples, "refund_status", "退款到哪了", "退款什么时候到账", "钱怎么还没退", "查退款", "退款进度",
                "退款多久到", "我的退款呢", "退款还没收到", "退钱了吗", "退款状态", "退款好慢", "查一下退款");
        add(examples, "greeting", "你好", "您好", "在吗", "有人吗", "哈喽", "你好呀", "在不在", "早上好", "嗨",
                "晚上好", "亲在吗", "你好客服");
        add(examples, "out_of_scope", "今天天气怎么样", "讲个笑话", "明天会下雨吗", "帮我写首诗", "股票怎么买",
                "北京有什么好玩的", "你会唱歌吗", "一加一等于几", "推荐部电影", "怎么减肥", "足球比赛谁赢了",
                "火车票怎么买");
        return examples;
    }

    private static void add(List<IntentExample> examples, String intent, String... texts) {
        for (String text : texts) {
            examples.add(new IntentExample(text, intent, "zh"));
        }
    }
}
