package dev.quorum.registration.fee.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.fee.application.SchoolFees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Fees: payments the Secretariat records for a school, and the school's statement. */
@RestController
@RequestMapping("/api/schools/{id}")
@Tag(name = "Fees", description = "What a school owes by its conference's fees, and what it has paid.")
class FeeController {
    private final SchoolFees fees;

    FeeController(SchoolFees fees) {
        this.fees = fees;
    }

    @PostMapping("/payments")
    @Operation(
            summary = "Record a payment for a school",
            description = "The school's conference's Secretariat only: 403 for the school's advisor, 404 for "
                    + "anyone who cannot see the school. Payments are kept append-only and never edited; a "
                    + "mistake is corrected by recording an ADJUSTMENT, the only method whose amount may be "
                    + "negative, which needs a reference saying what it corrects and may not take the school's "
                    + "total paid below zero (refunds are out of scope). 400 naming `currency` when it differs "
                    + "from the conference's fee currency or the conference is free; 400 naming `receivedOn` "
                    + "for a day after today in the conference's time zone. Payments may be recorded whatever "
                    + "the school's status. Safe to retry with an Idempotency-Key. Publishes no event.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 403, description = "The caller is the school's advisor, not the Secretariat.")
    @ProblemResponse(status = 409, description = "An ADJUSTMENT would take the school's total paid below zero.")
    PaymentResponse record(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String id,
            @Valid @RequestBody PaymentRequest request) {
        return PaymentResponse.of(fees.record(QuorumPrincipal.from(jwt), id, request.toDetails()));
    }

    @GetMapping("/statement")
    @Operation(
            summary = "Read a school's statement",
            description = "The school's advisor and its conference's Secretariat; 404 for anyone else. "
                    + "Amounts are exact decimals with 2 places in the conference's fee currency. "
                    + "Owed: an ACCEPTED school owes the fee per school plus the fee per delegate times its "
                    + "requested delegates (lines SCHOOL_FEE and DELEGATE_FEES). An APPLIED or WAITLISTED "
                    + "school owes nothing yet, and a WITHDRAWN school nothing any more (no fee lines, owed 0, "
                    + "`note` says why); a free conference (no fees) charges nothing and has no currency. "
                    + "Paid: the sum of the PAYMENT and ADJUSTMENT lines, listed by the day received; "
                    + "payments stay recorded after a withdrawal, and refunds are out of scope, so a "
                    + "withdrawn school's negative balance is the credit to refund outside Quorum. A payment "
                    + "in a currency the fees no longer use is listed but not counted. "
                    + "Balance: owed - paid; negative is a credit.")
    StatementResponse statement(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String id) {
        return StatementResponse.of(fees.statement(QuorumPrincipal.from(jwt), id));
    }
}
