package io.kefu.channel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.platform.Problem;

/** The merchant configures channels (API §8; admin token, like every other {@code /api/v1} admin endpoint). */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

    private final ChannelConfigs configs;
    private final ChannelUsers users;
    private final CustomerDirectory customers;

    ChannelsController(ChannelConfigs configs, ChannelUsers users, CustomerDirectory customers) {
        this.configs = configs;
        this.users = users;
        this.customers = customers;
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
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            UserLink link = links.get(i);
            if (link == null || link.externalUserId() == null || link.externalUserId().isBlank() || link.externalUserId().length() > 128) {
                errors.add(new Problem.FieldError("[" + i + "].externalUserId", "must be 1 to 128 characters"));
            }
            // a link to nobody would make every conversation of that user fail to open
            else if (link.customerId() != null && customers.find(link.customerId()).isEmpty()) {
                errors.add(new Problem.FieldError("[" + i + "].customerId", "no such customer"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalidRecords(errors);
        }
        links.forEach(link -> users.link(id, link.externalUserId(), link.customerId()));
        return Map.of("upserted", links.size());
    }

    record UserLink(String externalUserId, String customerId) {
    }
}
