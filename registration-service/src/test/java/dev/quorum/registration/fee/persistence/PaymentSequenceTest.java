package dev.quorum.registration.fee.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.quorum.registration.fee.domain.Payment;
import dev.quorum.registration.fee.domain.PaymentDetails;
import dev.quorum.registration.fee.domain.PaymentMethod;
import dev.quorum.registration.testing.InMemoryMongo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The payment sequence on a plain in-memory Mongo server: numbering old payments, then one payment per place. */
class PaymentSequenceTest {
    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo("payments-test");

    private MongoDatabase database;

    @BeforeEach
    void database() {
        database = mongo.database();
    }

    @Test
    void paymentsStoredBeforeTheSequenceAreNumberedInRecordingOrderAtStart() {
        insertWithoutSequence("p-3", "school-a", 3);
        insertWithoutSequence("p-1", "school-a", 1);
        insertWithoutSequence("p-2", "school-a", 2);
        insertWithoutSequence("q-1", "school-b", 5);

        MongoPaymentRepository repository = new MongoPaymentRepository(database);

        assertThat(sequences("school-a")).containsExactly("p-1:1", "p-2:2", "p-3:3");
        assertThat(sequences("school-b")).containsExactly("q-1:1");
        assertThat(repository.findBySchool("school-a")).hasSize(3);
        new MongoPaymentRepository(database);
        assertThat(sequences("school-a"))
                .as("a second start changes nothing")
                .containsExactly("p-1:1", "p-2:2", "p-3:3");
    }

    @Test
    void ofTwoPaymentsCheckedAgainstTheSameHistoryOnlyOneIsStored() {
        MongoPaymentRepository repository = new MongoPaymentRepository(database);

        assertThat(repository.insertAfter(payment("first"), 0)).isTrue();
        assertThat(repository.insertAfter(payment("rival"), 0)).isFalse();
        assertThat(repository.insertAfter(payment("rival"), 1)).isTrue();
        assertThat(repository.findBySchool("school-a"))
                .extracting(Payment::id)
                .containsExactlyInAnyOrder("first", "rival");
    }

    private void insertWithoutSequence(String id, String school, int minute) {
        database.getCollection(MongoPaymentRepository.COLLECTION)
                .insertOne(new Document("_id", id)
                        .append("schoolId", school)
                        .append("conferenceId", "c-1")
                        .append("amount", "10.00")
                        .append("currency", "EUR")
                        .append("method", "CASH")
                        .append("reference", null)
                        .append("receivedOn", "2025-11-01")
                        .append("recordedBy", "secretariat")
                        .append(
                                "recordedAt",
                                Date.from(Instant.parse("2025-11-01T10:00:00Z").plusSeconds(60L * minute))));
    }

    private List<String> sequences(String school) {
        List<String> found = new ArrayList<>();
        database.getCollection(MongoPaymentRepository.COLLECTION)
                .find(Filters.eq("schoolId", school))
                .sort(Sorts.ascending("sequence"))
                .forEach(d -> found.add(d.getString("_id") + ":" + d.get("sequence")));
        return found;
    }

    private static Payment payment(String id) {
        return new Payment(
                id,
                "school-a",
                "c-1",
                new PaymentDetails(new BigDecimal("10.00"), "EUR", PaymentMethod.CASH, null, LocalDate.of(2025, 11, 1)),
                "secretariat",
                Instant.parse("2025-11-01T10:00:00Z"));
    }
}
