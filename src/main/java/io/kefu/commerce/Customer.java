package io.kefu.commerce;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A shopper known to the store. */
public record Customer(@NotBlank @Size(max = 128) String id, @Size(max = 200) String name, @Size(max = 40) String phone,
        @Email @Size(max = 200) String email, Boolean vip, List<@NotBlank String> tags) {

    public Customer {
        vip = Boolean.TRUE.equals(vip);
        tags = tags == null ? List.of() : tags;
    }
}
