package io.kefu.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.kefu.evaluation.internal.KefuHttp;
import io.kefu.evaluation.internal.NeedCheck;
import io.kefu.platform.CsvFile;
import tools.jackson.databind.JsonNode;

/**
 * {@code eval --task needs}: every need-style request of a CSV ({@code query,acceptable_skus}, SKUs
 * separated by {@code |}) asked as the first message of a fresh conversation; the result is the mean
 * precision of the first three product cards shown (a request that shows none scores 0) and the
 * share of shown cards whose reason cites a real fact of that product. Requests below full
 * precision are listed on standard error; {@code --explain} lists every request.
 */
final class NeedsMeasure {

    private final Path queries;
    private final boolean explain;
    private final PrintStream progress;

    NeedsMeasure(Path queries, boolean explain, PrintStream progress) {
        this.queries = queries;
        this.explain = explain;
        this.progress = progress;
    }

    Map<String, Object> measure(KefuHttp service, JsonNode storeData, Path store) {
        Set<String> known = storeData.path("products").valueStream().map(p -> p.path("sku").asString()).collect(Collectors.toSet());
        NeedCheck check = new NeedCheck(service, storeData);
        double precision = 0;
        int asked = 0;
        int withProducts = 0;
        int reasons = 0;
        int citing = 0;
        for (List<String> row : CsvFile.records(queries)) {
            String query = row.getFirst().strip();
            Set<String> acceptable = row.size() < 2 ? Set.of() : Arrays.stream(row.get(1).split("\\|")).map(String::strip)
                .filter(sku -> !sku.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> unknown = acceptable.stream().filter(sku -> !known.contains(sku)).collect(Collectors.toSet());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("\"" + query + "\" names SKUs the store does not have: " + unknown);
            }
            NeedCheck.Asked result = check.ask(query, acceptable);
            asked++;
            precision += result.precision();
            withProducts += result.shown().isEmpty() ? 0 : 1;
            reasons += result.shown().size();
            citing += (int) result.shown().stream().filter(NeedCheck.Shown::cites).count();
            if (explain || result.precision() < 1) {
                progress.println(describe(result));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("task", "needs");
        result.put("store", store.toString());
        result.put("queries", asked);
        result.put("precisionAt3", asked == 0 ? 0 : Math.round(1000 * precision / asked) / 1000.0);
        result.put("showedProducts", withProducts);
        result.put("reasons", reasons);
        result.put("reasonsCiting", citing);
        result.put("reasonCiteRate", reasons == 0 ? 0 : Math.round(1000.0 * citing / reasons) / 1000.0);
        return result;
    }

    private static String describe(NeedCheck.Asked result) {
        StringBuilder line = new StringBuilder(String.format("P@3 %.2f  \"%s\" (acceptable %s)", result.precision(), result.query(),
                String.join("|", result.acceptable())));
        if (result.shown().isEmpty()) {
            String reply = result.reply();
            line.append("\n    no product shown: ").append(reply.length() > 90 ? reply.substring(0, 90) + "…" : reply);
        }
        for (NeedCheck.Shown shown : result.shown()) {
            line.append("\n    ").append(result.acceptable().contains(shown.sku()) ? "✓ " : "✗ ").append(shown.sku())
                .append(shown.cites() ? "  cites: " : "  no fact cited: ").append(shown.reason());
        }
        return line.toString();
    }
}
