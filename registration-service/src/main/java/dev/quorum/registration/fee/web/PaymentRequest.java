package dev.quorum.registration.fee.web;

import dev.quorum.platform.validation.PlainText;
import dev.quorum.registration.fee.domain.PaymentDetails;
import dev.quorum.registration.fee.domain.PaymentMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received for a school, or an adjustment of what was recorded before. */
public record PaymentRequest(
        @Schema(
                description = "Greater than 0, at most 1000000, at most 2 decimals. Negative (down to -1000000) "
                        + "only with method ADJUSTMENT.",
                example = "500.00")
        @NotNull
        @DecimalMin("-1000000")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 2)
        BigDecimal amount,

        @Schema(description = "Must be the currency of the conference's fees", example = "EUR")
        @NotNull
        @Pattern(regexp = "[A-Z]{3}")
        String currency,

        @Schema(description = "ADJUSTMENT corrects payments recorded by mistake and needs a reference") @NotNull
        PaymentMethod method,

        @Schema(
                description = "Bank reference, receipt number, or what an adjustment corrects",
                example = "BT-2025-0042")
        @PlainText
        @Size(max = PaymentDetails.MAX_REFERENCE_LENGTH)
        String reference,

        @Schema(
                description = "The day the money arrived; not after today in the conference's time zone",
                example = "2025-10-01")
        @NotNull
        LocalDate receivedOn) {

    PaymentDetails toDetails() {
        return new PaymentDetails(amount, currency, method, reference, receivedOn);
    }
}
