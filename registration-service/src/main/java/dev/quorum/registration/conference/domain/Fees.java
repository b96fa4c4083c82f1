package dev.quorum.registration.conference.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** What a school owes: a fee per school plus a fee per delegate, in one currency. */
public record Fees(String currency, BigDecimal perSchool, BigDecimal perDelegate) {
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    public Fees {
        if (currency == null || !isIso4217(currency)) {
            throw new ConferenceRuleViolation("fees.currency", "must be an ISO 4217 code such as EUR");
        }
        perSchool = amount("fees.perSchool", perSchool);
        perDelegate = amount("fees.perDelegate", perDelegate);
    }

    /** The amount owed by a school with this many delegates. */
    public BigDecimal owedBy(int delegates) {
        return perSchool.add(perDelegate.multiply(BigDecimal.valueOf(delegates)));
    }

    private static boolean isIso4217(String code) {
        return Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static BigDecimal amount(String field, BigDecimal value) {
        BigDecimal amount = value == null ? BigDecimal.ZERO : value;
        if (amount.signum() < 0
                || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new ConferenceRuleViolation(
                    field, "must be between 0 and " + MAX_AMOUNT + " with at most 2 decimals");
        }
        return amount.setScale(2);
    }
}
