package io.kefu.insight.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /insight}: the analytics dashboard, drawn from the summary API with the signed-in token. */
@Controller
class InsightPage {

    @GetMapping("/insight")
    String dashboard() {
        return "insight/dashboard";
    }
}
