package dev.quorum.registration.fee.application;

import dev.quorum.registration.fee.domain.Payment;
import java.util.List;

/**
 * Payments, append-only: one document per payment, never changed or removed. Each takes the next
 * place in its school's sequence, so a payment is stored only if no other was recorded for the
 * school since the ones its checks were made against.
 */
public interface PaymentRepository {
    /**
     * Stores the payment as the school's {@code recordedBefore + 1}-th.
     *
     * @return false (nothing stored) when another payment took that place meanwhile
     */
    boolean insertAfter(Payment payment, int recordedBefore);

    /** Every payment recorded for the school, in no particular order. */
    List<Payment> findBySchool(String schoolId);
}
