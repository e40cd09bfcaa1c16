package io.kefu.channel.internal;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.platform.Problem;

/** The merchant configures channels (API §8; admin token, like every other {@code /api/v1} admin endpoint). */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

    private final ChannelConfigs configs;
    private final ChannelUsers users;

    ChannelsController(ChannelConfigs configs, ChannelUsers users) {
        this.configs = configs;
        this.users = users;
    }

    @PutMapping
    Map<String, Integer> put(@RequestBody List<ChannelConfig> channels) {
        return Map.of("upserted", configs.upsert(channels));
    }

    @GetMapping
    List<ChannelView> list() {
        return configs.all().stream().map(ChannelView::of).toList();
    }

    /** Links users of a channel to the store's customers; a null customerId unlinks. Their next conversation opens as that customer. */
    @PutMapping("/{id}/users")
    Map<String, Integer> link(@PathVariable String id, @RequestBody List<UserLink> links) {
        configs.find(id).orElseThrow(() -> Problem.notFound("No channel " + id + "."));
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) == null || links.get(i).externalUserId() == null || links.get(i).externalUserId().isBlank()) {
                throw Problem.invalidRecords(List.of(new Problem.FieldError("[" + i + "].externalUserId", "must not be blank")));
            }
        }
        links.forEach(link -> users.link(id, link.externalUserId(), link.customerId()));
        return Map.of("upserted", links.size());
    }

    record UserLink(String externalUserId, String customerId) {
    }
}
