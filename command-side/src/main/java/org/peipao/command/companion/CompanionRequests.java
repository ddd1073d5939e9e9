package org.peipao.command.companion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.peipao.api.IndustryDomain;
import org.peipao.api.companion.CompanionKind;
import org.peipao.api.ValidId;

import java.util.List;

/** The JSON bodies of the companion writes, checked before any command is sent. */
final class CompanionRequests {

    private CompanionRequests() {
    }

    record Register(@ValidId String id,
                    @NotBlank @Size(max = 200) String name,
                    @NotNull CompanionKind kind,
                    @NotBlank @Size(max = 200) String organisation,
                    @NotNull @Size(max = 20) List<@NotNull IndustryDomain> domains,
                    @Email @Size(max = 254) String email,
                    @Min(1) @Max(50) Integer capacity) {
    }

    record UpdateProfile(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 200) String organisation,
                         @NotNull @Size(max = 20) List<@NotNull IndustryDomain> domains,
                         @Email @Size(max = 254) String email,
                         @Min(1) @Max(50) Integer capacity) {
    }

    record Honour(@NotBlank @Size(max = 200) String title, @NotNull @Min(1949) @Max(2999) Integer year) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }
}
