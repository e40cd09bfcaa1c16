package io.kefu.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code eval --task faq|pairs} command: its inputs, and the JSON result as the last stdout line. */
class FaqEvaluationTests {

    @Test
    void faqPrintsRankingAndAbstentionFiguresAsTheLastLine(@TempDir Path dir) throws Exception {
        Path kb = dir.resolve("kb.json");
        Files.writeString(kb, """
                [{"id":"ship","questions":["运费怎么算","买多少钱包邮"],"answer":"满99包邮","language":"zh"},
                 {"id":"invoice","questions":["可以开发票吗","怎么开发票"],"answer":"可以","language":"zh"},
                 {"id":"hours","questions":["What are your customer service hours?"],"answer":"9-22","language":"en"}]
                """);
        Path test = dir.resolve("q.csv");
        Files.writeString(test, "question,faq_id\n包邮要买多少钱,ship\n发票怎么开,invoice\n\"customer service hours, please\",hours\n今天天气怎么样,\n");
        JsonNode result = run("--task", "faq", "--kb", kb.toString(), "--test", test.toString());
        assertThat(result.get("task").asString()).isEqualTo("faq");
        assertThat(result.get("n").asInt()).isEqualTo(4);
        assertThat(result.get("hit1").asDouble()).isEqualTo(1.0);
        for (String field : new String[] { "hit3", "mrr", "abstainPrecision", "abstainRecall" }) {
            assertThat(result.get(field).asDouble()).as(field).isBetween(0.0, 1.0);
        }
    }

    @Test
    void pairsReportsTheAccuracyOfTheMatchScoreAsASameQuestionClassifier(@TempDir Path dir) throws Exception {
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "text_a,text_b,label\n运费怎么算,邮费怎么算,1\n运费怎么算,发票怎么开,0\n怎么退货,如何退货,1\n怎么退货,积分怎么用,0\n");
        JsonNode result = run("--task", "pairs", "--train", pairs.toString(), "--test", pairs.toString());
        assertThat(result.get("task").asString()).isEqualTo("pairs");
        assertThat(result.get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anUnknownTaskIsAUsageError() {
        assertThat(new FaqEvaluation(new HashedTextVectors(), java.nio.file.Path.of("target/faq-evaluation-tests"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())).run(new String[] { "--task", "nothing" })).isEqualTo(2);
    }

    private static JsonNode run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new FaqEvaluation(new HashedTextVectors(), java.nio.file.Path.of("target/faq-evaluation-tests"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())).run(args);
        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return JsonMapper.builder().build().readTree(lines[lines.length - 1]);
    }
}
