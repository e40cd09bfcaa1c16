package io.kefu.agentdesk.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The people's side of the desk: the sign-in page, the agent console ({@code /agent}) and the
 * supervisor board ({@code /supervisor}). The pages are public shells; everything they show comes
 * from the API, or from page fragments, with the signed-in agent's token.
 */
@Controller
class DeskPages {

    private final Supervision supervision;

    DeskPages(Supervision supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/agent")
    String console() {
        return "agentdesk/console";
    }

    @GetMapping("/supervisor")
    String board() {
        return "agentdesk/supervisor";
    }

    /** The board's live rows (htmx refreshes them every few seconds); SUPERVISOR or ADMIN. */
    @GetMapping("/supervisor/fragments/conversations")
    String boardRows(Model model) {
        List<Supervision.Row> rows = supervision.live();
        model.addAttribute("rows", rows);
        model.addAttribute("queued", rows.stream().filter(row -> "queued".equals(row.mode())).count());
        model.addAttribute("withAgents", rows.stream().filter(row -> "agent".equals(row.mode())).count());
        model.addAttribute("flagged", rows.stream().filter(row -> row.flags().containsValue(true)).count());
        return "agentdesk/board-rows :: rows";
    }
}
