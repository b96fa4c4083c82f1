package dev.quorum.registration.fee.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.fee.application.PaymentRepository;
import dev.quorum.registration.fee.domain.Payment;
import dev.quorum.registration.fee.domain.PaymentDetails;
import dev.quorum.registration.fee.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Payments in {@code payments}, one document per payment, only ever inserted. Amounts are decimal
 * strings (exact); payments cause no events, so the documents carry no outbox. A unique index on
 * school + {@code sequence} lets only one of two payments checked against the same history in.
 */
@Repository
class MongoPaymentRepository implements PaymentRepository {
    static final String COLLECTION = "payments";
    private static final String SEQUENCE = "sequence";

    private final MongoCollection<Document> payments;

    MongoPaymentRepository(MongoDatabase database) {
        this.payments = database.getCollection(COLLECTION);
        payments.createIndex(Indexes.ascending("schoolId", "recordedAt"));
        numberPaymentsWithoutSequence();
        payments.createIndex(Indexes.ascending("schoolId", "sequence"), new IndexOptions().unique(true));
    }

    /**
     * Payments recorded before payments had a sequence get one, per school in recording order,
     * before the unique index is built (which two of them, both without, would break). Every
     * instance that starts computes the same numbers, so two starting at once agree.
     */
    private void numberPaymentsWithoutSequence() {
        List<Document> unnumbered = new ArrayList<>();
        payments.find(Filters.exists(SEQUENCE, false))
                .sort(Sorts.ascending("schoolId", "recordedAt", "_id"))
                .projection(Projections.include("schoolId"))
                .forEach(unnumbered::add);
        Map<String, Integer> last = new HashMap<>();
        for (Document payment : unnumbered) {
            String school = payment.getString("schoolId");
            int next = last.computeIfAbsent(school, this::highestSequence) + 1;
            last.put(school, next);
            payments.updateOne(
                    Filters.and(Filters.eq("_id", payment.get("_id")), Filters.exists(SEQUENCE, false)),
                    Updates.set(SEQUENCE, next));
        }
    }

    private int highestSequence(String schoolId) {
        Document highest = payments.find(Filters.and(Filters.eq("schoolId", schoolId), Filters.exists(SEQUENCE)))
                .sort(Sorts.descending(SEQUENCE))
                .first();
        return highest == null ? 0 : highest.get(SEQUENCE, Number.class).intValue();
    }

    @Override
    public boolean insertAfter(Payment payment, int recordedBefore) {
        try {
            payments.insertOne(toDocument(payment).append(SEQUENCE, recordedBefore + 1));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Payment> findBySchool(String schoolId) {
        List<Payment> found = new ArrayList<>();
        payments.find(Filters.eq("schoolId", schoolId))
                .sort(Sorts.ascending("recordedAt", "_id"))
                .forEach(d -> found.add(toPayment(d)));
        return found;
    }

    private static Document toDocument(Payment p) {
        return new Document("_id", p.id())
                .append("schoolId", p.schoolId())
                .append("conferenceId", p.conferenceId())
                .append("amount", p.amount().toPlainString())
                .append("currency", p.currency())
                .append("method", p.method().name())
                .append("reference", p.details().reference())
                .append("receivedOn", p.receivedOn().toString())
                .append("recordedBy", p.recordedBy())
                .append("recordedAt", Date.from(p.recordedAt()));
    }

    private static Payment toPayment(Document d) {
        return new Payment(
                d.getString("_id"),
                d.getString("schoolId"),
                d.getString("conferenceId"),
                new PaymentDetails(
                        new BigDecimal(d.getString("amount")),
                        d.getString("currency"),
                        PaymentMethod.valueOf(d.getString("method")),
                        d.getString("reference"),
                        LocalDate.parse(d.getString("receivedOn"))),
                d.getString("recordedBy"),
                d.getDate("recordedAt").toInstant());
    }
}
