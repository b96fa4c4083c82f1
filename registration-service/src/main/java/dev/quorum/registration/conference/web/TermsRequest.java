package dev.quorum.registration.conference.web;

import dev.quorum.registration.conference.domain.Fees;
import dev.quorum.registration.conference.domain.RegistrationWindow;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Parts of registration terms as requests carry them. */
final class TermsRequest {
    private TermsRequest() {}

    /** When schools may apply, in UTC (ISO-8601 instants). */
    record Window(@NotNull Instant opensAt, @NotNull Instant closesAt) {
        RegistrationWindow toDomain() {
            return new RegistrationWindow(opensAt, closesAt);
        }
    }

    /** Fees per school and per delegate, in an ISO 4217 currency. */
    record FeesRequest(
            @Schema(example = "EUR") @NotNull @Pattern(regexp = "[A-Z]{3}")
            String currency,

            @Schema(example = "150.00") @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal perSchool,

            @Schema(example = "45.00") @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal perDelegate) {
        Fees toDomain() {
            return new Fees(currency, perSchool, perDelegate);
        }
    }

    static List<RegistrationWindow> windows(List<Window> windows) {
        return windows == null
                ? List.of()
                : windows.stream().map(Window::toDomain).toList();
    }
}
