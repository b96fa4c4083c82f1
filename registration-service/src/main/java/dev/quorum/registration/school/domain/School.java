package dev.quorum.registration.school.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A school's application to one conference, with the delegation it asks for. Only what running
 * the conference needs is kept: the school's name and place, and how to reach its advisor.
 *
 * @param version the stored version; 0 for a school not yet stored
 * @param advisorAccountId the account its faculty advisor signs in with
 */
public record School(
        String id,
        String conferenceId,
        long version,
        String name,
        String city,
        String country,
        int requestedDelegates,
        Contact contact,
        String advisorAccountId,
        SchoolStatus status,
        Instant appliedAt) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DELEGATES = 500;

    /** How to reach the advisor: a name and an email address (a phone number is optional). */
    public record Contact(String advisorName, String email, String phone) {
        public Contact {
            if (advisorName == null || advisorName.isBlank() || advisorName.length() > 200) {
                throw new SchoolRuleViolation("contact.advisorName", "must be 1 to 200 characters");
            }
            if (email == null || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new SchoolRuleViolation("contact.email", "must be an email address");
            }
            if (phone != null && (phone.length() > 40 || !phone.matches("[+0-9 ()-]*"))) {
                throw new SchoolRuleViolation("contact.phone", "must be a phone number");
            }
        }
    }

    public School {
        Objects.requireNonNull(id);
        Objects.requireNonNull(conferenceId);
        Objects.requireNonNull(contact);
        Objects.requireNonNull(status);
        Objects.requireNonNull(appliedAt);
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new SchoolRuleViolation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (requestedDelegates < 1 || requestedDelegates > MAX_DELEGATES) {
            throw new SchoolRuleViolation("requestedDelegates", "must be between 1 and " + MAX_DELEGATES);
        }
    }

    /**
     * A school applies; the decision (accepted now or waitlisted) is made by the caller, which
     * knows whether the conference has room.
     */
    public static Change apply(
            String id,
            String conferenceId,
            String name,
            String city,
            String country,
            int requestedDelegates,
            Contact contact,
            String advisorAccountId,
            boolean roomForIt,
            Instant now) {
        School applied = new School(
                id,
                conferenceId,
                0,
                name.strip(),
                city,
                country,
                requestedDelegates,
                contact,
                advisorAccountId,
                SchoolStatus.APPLIED,
                now);
        School decided = applied.withStatus(roomForIt ? SchoolStatus.ACCEPTED : SchoolStatus.WAITLISTED);
        SchoolEvent decision = roomForIt ? new SchoolEvent.Accepted(decided) : new SchoolEvent.Waitlisted(decided);
        return new Change(decided, List.of(new SchoolEvent.Applied(applied), decision));
    }

    /** The key that makes "the same school applying twice" detectable despite case and spacing. */
    public String normalizedName() {
        // NFKC first: a non-breaking space becomes a space and a fullwidth letter its ASCII twin, so
        // "Antalya\u00A0College" and "Ａntalya College" are the school that already applied.
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return Normalizer.normalize(
                compatible.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /** Accepted by the Secretariat (or promoted from the waitlist); the caller has reserved the room. */
    public Change accept() {
        requireNot(SchoolStatus.WITHDRAWN, "A withdrawn school cannot be accepted.");
        if (status == SchoolStatus.ACCEPTED) {
            throw new SchoolStateConflict("The school is already accepted.");
        }
        School accepted = withStatus(SchoolStatus.ACCEPTED);
        return new Change(accepted, List.of(new SchoolEvent.Accepted(accepted)));
    }

    public Change waitlist() {
        requireNot(SchoolStatus.WITHDRAWN, "A withdrawn school cannot be waitlisted.");
        if (status == SchoolStatus.WAITLISTED) {
            throw new SchoolStateConflict("The school is already on the waitlist.");
        }
        School waitlisted = withStatus(SchoolStatus.WAITLISTED);
        return new Change(waitlisted, List.of(new SchoolEvent.Waitlisted(waitlisted)));
    }

    public Change withdraw() {
        requireNot(SchoolStatus.WITHDRAWN, "The school has already withdrawn.");
        School withdrawn = withStatus(SchoolStatus.WITHDRAWN);
        return new Change(withdrawn, List.of(new SchoolEvent.Withdrawn(withdrawn)));
    }

    /** Delegates this school holds room for: its request while accepted, else none. */
    public int delegatesHeld() {
        return status == SchoolStatus.ACCEPTED ? requestedDelegates : 0;
    }

    private void requireNot(SchoolStatus forbidden, String message) {
        if (status == forbidden) {
            throw new SchoolStateConflict(message);
        }
    }

    private School withStatus(SchoolStatus newStatus) {
        return new School(
                id,
                conferenceId,
                version,
                name,
                city,
                country,
                requestedDelegates,
                contact,
                advisorAccountId,
                newStatus,
                appliedAt);
    }

    /** A school after a change, with the events the change caused. */
    public record Change(School school, List<SchoolEvent> events) {}
}
