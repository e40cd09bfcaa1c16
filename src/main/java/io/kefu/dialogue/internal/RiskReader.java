package io.kefu.dialogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.kefu.nlu.TextClassification;
import io.kefu.platform.AfterStartup;

/**
 * Reads whether a message tells of harm a human must handle at once, however plainly put: an
 * injury or illness from a product, something that smoked or burned, a child in danger, money
 * taken twice or without consent, a threat of lawyers or authorities. A classifier of the intent
 * model's kind trained on examples shipped in {@code dialogue/risk.csv} against the everyday
 * messages of the intent examples, once the service is up (and kept under the data directory, so a
 * restart loads it); the node is not ready before.
 */
@Component
class RiskReader {

    static final String RISK = "risk";
    static final String NONE = "none";
    private static final Logger log = LoggerFactory.getLogger(RiskReader.class);

    /** Harm named in so many words: certain, whatever the model reads. */
    static final Pattern NAMED = Pattern.compile(String.join("|",
            "律师|起诉|法院|打官司|法律责任|(?<!\\d)(?:12315|12345)(?!\\d)|消协|消费者协会|工商局|市场监管|曝光|媒体",
            "诈骗|骗钱|盗刷|被盗|冒用|假冒.*账户",
            // money taken more than once for one purchase, whatever the count
            "扣了两次|扣两次|重复扣款|多扣|扣款两次|付了两次|扣了我?(?:两|三|四|五|几|好几|[2-9])(?:次|笔|回)",
            // an injury, a fire or an explosion that happened: never left to a model's reading of the rest
            "烫伤了|烧伤|着火了|起火了|烧起来了|爆炸了|炸了一下|触电了|被电到|送医院|进了医院|住院了|去了急诊",
            "lawyer|attorney|\\bsue\\b|lawsuit|legal action|court|consumer protection|bbb",
            "caught (?:on )?fire|burst into flames|exploded|electric shock|got burn(?:ed|t)|burn(?:ed|t) (?:my|his|her)|"
                    + "(?:went to|ended up in|taken to) (?:the )?(?:hospital|er\\b|emergency)",
            "fraud|scam|stolen card|unauthori[sz]ed|double[- ]charged|charged (?:me )?(?:twice|thrice|more than once|"
                    + "(?:two|three|four|five|several|multiple|\\d+) times)"));

    private final CompletableFuture<TextClassification.Model> model = new CompletableFuture<>();

    RiskReader(TextClassification classification, AfterStartup afterStartup, io.kefu.platform.Readiness readiness) {
        readiness.register("risk-model", model);
        afterStartup.prepare("risk-model", () -> {
            try {
                long started = System.nanoTime();
                List<TextClassification.LabeledText> examples = examples();
                java.util.Optional<TextClassification.Model> kept = classification.kept(examples);
                model.complete(kept.orElseGet(() -> classification.trainAndKeep(examples)));
                log.info("risk model {} in {} ms", kept.isPresent() ? "loaded" : "trained on " + examples.size() + " examples",
                        (System.nanoTime() - started) / 1_000_000);
            }
            catch (RuntimeException e) {
                model.completeExceptionally(e);
                throw e;
            }
        });
    }

    /**
     * The probability that the message tells of such harm; 1 when it names it in so many words. The
     * model reads the message with its typos repaired: a word it never saw ("dishwaser") says
     * nothing of harm, but weighs as if it did.
     */
    double risk(String text, String reading, String language) {
        if (NAMED.matcher(text.toLowerCase(Locale.ROOT)).find() || NAMED.matcher(reading.toLowerCase(Locale.ROOT)).find()) {
            return 1;
        }
        return model.join().classify(reading, language).probabilities().getOrDefault(RISK, 0.0);
    }

    /**
     * The shipped risk examples, and every everyday shop message of the intent examples as a message
     * without risk (complaints left out: some are close to it), so that "退钱" or "辛苦了" never sounds
     * like harm; intent examples that name harm in so many words ("扣了两次钱") are left out too.
     */
    static List<TextClassification.LabeledText> examples() {
        try (InputStream in = new ClassPathResource("dialogue/risk.csv").getInputStream()) {
            List<TextClassification.LabeledText> examples = new java.util.ArrayList<>(TextClassification.readExamples(in, "zh"));
            TextClassification.shippedIntentExamples().stream().filter(example -> !"complaint".equals(example.label()))
                .filter(example -> !NAMED.matcher(example.text().toLowerCase(Locale.ROOT)).find())
                .map(example -> new TextClassification.LabeledText(example.text(), NONE, example.language())).forEach(examples::add);
            return examples;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read dialogue/risk.csv", e);
        }
    }
}
