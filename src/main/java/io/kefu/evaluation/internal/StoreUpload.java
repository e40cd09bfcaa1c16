package io.kefu.evaluation.internal;

import io.kefu.commerce.StoreFile;
import tools.jackson.databind.JsonNode;

/** Imports a whole {@link StoreFile store} through the store-data API, section by section, as a merchant's sync would. */
public final class StoreUpload {

    private StoreUpload() {
    }

    public static void upload(KefuHttp service, JsonNode store) {
        upload(service, store, StoreFile.SECTIONS.toArray(String[]::new));
    }

    /** Imports only the named sections, in the order given. */
    public static void upload(KefuHttp service, JsonNode store, String... sections) {
        for (String section : sections) {
            if (!store.hasNonNull(section)) {
                continue;
            }
            String path = switch (section) {
                case "products" -> "/api/v1/catalog/products";
                default -> "/api/v1/" + section;
            };
            KefuHttp.Response response = service.put(path, service.adminToken(), store.get(section));
            if (!response.ok()) {
                throw new IllegalArgumentException("The store's " + section + " were refused (" + response.status() + "): " + response.text());
            }
        }
    }
}
