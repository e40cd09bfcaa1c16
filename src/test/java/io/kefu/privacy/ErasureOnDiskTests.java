package io.kefu.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kefu.ApiClient;
import io.kefu.Chat;
import io.kefu.ServiceOnDisk;
import io.kefu.ServiceTest;

/**
 * After a customer's erasure, no file under the data directory — the database file read byte for
 * byte, the search index, the vector caches, the attachments — holds their name, phone, e-mail or
 * address: checked while the service runs and after it stopped.
 */
class ErasureOnDiskTests {

    private final Path dataDir = Path.of("target", "test-data", "erasure-" + System.nanoTime());

    @Test
    void noFileUnderTheDataDirectoryHoldsAnErasedCustomersPersonalData() {
        Shopper shopper;
        List<String> found = new ArrayList<>();
        try (ServiceOnDisk service = ServiceOnDisk.start(dataDir, "--kefu.security.identity-secret=" + ServiceTest.IDENTITY_SECRET)) {
            ApiClient api = service.api();
            shopper = Shopper.imported(api, "DELIVERED");
            Chat chat = shopper.converse(api);
            Shopper.handOver(api, chat, "好的" + shopper.name() + "，地址" + shopper.address() + "已记下");
            assertThat(api.delete("/api/v1/customers/" + shopper.id(), ServiceTest.ADMIN).status()).isEqualTo(204);
            found.addAll(findings(shopper));
        }
        found.addAll(findings(shopper));
        System.out.printf("Erasure on disk: %d personal values searched in %d files, %d found%n", shopper.personalValues().size(),
                RawFiles.under(dataDir).size(), found.size());
        assertThat(found).as("an erased customer's data on disk").isEmpty();
    }

    private List<String> findings(Shopper shopper) {
        return RawFiles.findings(dataDir, shopper.personalValues());
    }
}
