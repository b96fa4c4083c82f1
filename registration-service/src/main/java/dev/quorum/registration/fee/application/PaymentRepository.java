package dev.quorum.registration.fee.application;

import dev.quorum.registration.fee.domain.Payment;
import java.util.List;

/** Payments, append-only: one document per payment, never changed or removed. */
public interface PaymentRepository {
    void insert(Payment payment);

    /** Every payment recorded for the school, in no particular order. */
    List<Payment> findBySchool(String schoolId);
}
