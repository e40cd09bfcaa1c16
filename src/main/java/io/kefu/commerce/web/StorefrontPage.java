package io.kefu.commerce.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.kefu.commerce.CustomerDirectory;
import io.kefu.commerce.Product;
import io.kefu.commerce.ProductCatalog;
import io.kefu.commerce.StoreSettingsService;
import io.kefu.platform.CustomerIdentity;
import io.kefu.platform.KefuSettings;
import io.kefu.platform.Paging;

/**
 * {@code /}: a small shop front of the imported store that hosts the chat widget the way a
 * merchant's own site would. Only in the demo may a visitor shop as one of the customers (so
 * questions about "my order" have orders to answer from); a real site passes its own signed-in
 * shopper's id to the widget, with the signature its server computes, as this page does.
 */
@Controller
class StorefrontPage {

    private static final int SHOWN_PRODUCTS = 8;
    private static final int DEMO_SHOPPERS = 4;

    private final ProductCatalog catalog;
    private final StoreSettingsService settings;
    private final CustomerDirectory customers;
    private final KefuSettings kefu;
    private final CustomerIdentity identity;

    StorefrontPage(ProductCatalog catalog, StoreSettingsService settings, CustomerDirectory customers, KefuSettings kefu,
            CustomerIdentity identity) {
        this.catalog = catalog;
        this.settings = settings;
        this.customers = customers;
        this.kefu = kefu;
        this.identity = identity;
    }

    @GetMapping("/")
    String storefront(@RequestParam(required = false) String customer, Model model) {
        List<Product> products = catalog.snapshot().products().stream().filter(Product::inStock).limit(SHOWN_PRODUCTS).toList();
        model.addAttribute("storeName", settings.current().storeName());
        model.addAttribute("currency", settings.current().currency());
        model.addAttribute("products", products);
        String shopper = kefu.demo() && customer != null && customers.find(customer).isPresent() ? customer : null;
        model.addAttribute("customerId", shopper);
        // signed here, on the server, as a merchant's own shop signs its signed-in shopper
        model.addAttribute("customerHash", shopper == null ? null : identity.sign(shopper));
        model.addAttribute("demoShoppers", kefu.demo()
                ? customers.page(Paging.of(0, DEMO_SHOPPERS)).stream().map(c -> c.id()).toList()
                : List.of());
        return "commerce/storefront";
    }
}
