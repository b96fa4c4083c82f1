package dev.quorum.registration.fee.domain;

/**
 * How money reached the conference. {@link #ADJUSTMENT} is not money at all: it corrects payments
 * recorded by mistake (payments are never edited), may be negative, and must say what it corrects.
 */
public enum PaymentMethod {
    BANK_TRANSFER,
    CARD,
    CASH,
    OTHER,
    ADJUSTMENT
}
