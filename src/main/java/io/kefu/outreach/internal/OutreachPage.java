package io.kefu.outreach.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /outreach}: the admin's page for the proactive rules, drawn from and saved through the rules API. */
@Controller
class OutreachPage {

    @GetMapping("/outreach")
    String rules() {
        return "outreach/rules";
    }
}
