package io.kefu.nlu.internal.entities;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScratchProfileTests {
    @Test
    void profileLetters() {
        run("abcdefghijklmnopqrstuvwxyz     ");
    }

    @Test
    void profileCjk() {
        run("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领深收");
    }

    @Test
    void profileAdversarial() {
        run("abcxyz0123456789 -+.,/$¥元块件个月日号到以内上下周天前后KF订单华为iPhone😀？!\n");
    }

    @Test
    void profileTypical() {
        String[] msgs = {"我的订单KF20261120001到哪了", "where is my order E1001?", "有没有500到800元的蓝色防水手机", "昨天买的iphone 15 两台，什么时候发货",
            "I want a refund for the black nike shoes size 42 I bought last Monday", "转人工", "在吗", "华为mate60pro有12+256的吗 预算6000以内"};
        runTexts(msgs, 3000);
        EntityExtractor e = Fixtures.extractor();
        for (int i = 0; i < 20000; i++) e.extract(msgs[i % msgs.length], "zh");
        long s = System.nanoTime();
        for (int i = 0; i < 20000; i++) e.extract(msgs[i % msgs.length], "zh");
        System.out.println("RULE typical " + (System.nanoTime() - s) / 20000 / 1000.0 + " us");
    }

    void run(String alphabet) {
        Random random = new Random(42);
        String[] texts = new String[50];
        for (int i = 0; i < texts.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 2000; c++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts[i] = text.toString();
        }
        runTexts(texts, 3);
    }

    void runTexts(String[] texts, int rounds) {
        CatalogMatcher products = new CatalogMatcher(() -> Fixtures.PRODUCTS);
        OrderIdRule orders = new OrderIdRule(Fixtures.ORDER_IDS::contains, OrderIdFormat.DEFAULT);
        java.util.function.Supplier<LocalDate> today = () -> LocalDate.of(2026, 11, 21);
        List<EntityRule> rules = List.of(products.codes(), orders.exact(), new PhoneRule(), orders.likely(),
                new AbsoluteDateRule(today), new RelativeDateRule(today), new NumericAttributeRule(products::current),
                new PriceRangeRule(), new MoneyRule(), new QuantityRule(), new AttributeWordRule(products::current),
                products.names());
        long[] nanos = new long[rules.size()];
        for (int round = 0; round < rounds; round++) {
            java.util.Arrays.fill(nanos, 0);
            for (String t : texts) {
                MessageText m = new MessageText(t);
                FoundEntities f = new FoundEntities();
                for (int r = 0; r < rules.size(); r++) {
                    long s = System.nanoTime();
                    rules.get(r).apply(m, f);
                    nanos[r] += System.nanoTime() - s;
                }
            }
        }
        for (int r = 0; r < rules.size(); r++) System.out.println("RULE " + r + " " + nanos[r] / texts.length / 1000.0 + " us");
    }
}
