package dev.quorum.registration.school.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchoolTest {
    private static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");
    private static final School.Contact CONTACT = new School.Contact("Ayşe Yılmaz", "ayse@school.edu.tr", null);

    private static School.Change apply(String name, int delegates, boolean roomForIt) {
        return School.apply("s1", "c1", name, "Antalya", "TR", delegates, CONTACT, "a1", roomForIt, NOW);
    }

    private static School withStatus(SchoolStatus status) {
        return new School("s1", "c1", 3, "Antalya College", null, null, 8, CONTACT, "a1", status, NOW);
    }

    @Test
    void applyingWithRoomIsAppliedThenAccepted() {
        School.Change change = apply("  Antalya College ", 8, true);

        assertThat(change.school().status()).isEqualTo(SchoolStatus.ACCEPTED);
        assertThat(change.school().name()).isEqualTo("Antalya College");
        assertThat(change.school().version()).isZero();
        assertThat(change.school().appliedAt()).isEqualTo(NOW);
        assertThat(change.events()).hasSize(2);
        assertThat(change.events().get(0))
                .isInstanceOfSatisfying(
                        SchoolEvent.Applied.class,
                        e -> assertThat(e.school().status()).isEqualTo(SchoolStatus.APPLIED));
        assertThat(change.events().get(1)).isInstanceOfSatisfying(SchoolEvent.Accepted.class, e -> {
            assertThat(e.school()).isEqualTo(change.school());
            assertThat(e.resultingVersion()).isEqualTo(1);
        });
    }

    @Test
    void applyingWithoutRoomIsAppliedThenWaitlisted() {
        School.Change change = apply("Antalya College", 8, false);

        assertThat(change.school().status()).isEqualTo(SchoolStatus.WAITLISTED);
        assertThat(change.events().get(0)).isInstanceOf(SchoolEvent.Applied.class);
        assertThat(change.events().get(1)).isInstanceOf(SchoolEvent.Waitlisted.class);
    }

    @Test
    void nameMustBeOneToTwoHundredCharacters() {
        assertThatCode(() -> apply("x".repeat(School.MAX_NAME_LENGTH), 1, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> apply("x".repeat(School.MAX_NAME_LENGTH + 1), 1, true))
                .isInstanceOfSatisfying(
                        SchoolRuleViolation.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> apply("   ", 1, true))
                .isInstanceOfSatisfying(
                        SchoolRuleViolation.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void requestedDelegatesMustBeOneToFiveHundred() {
        assertThatCode(() -> apply("A", 1, true)).doesNotThrowAnyException();
        assertThatCode(() -> apply("A", School.MAX_DELEGATES, true)).doesNotThrowAnyException();
        for (int outside : new int[] {0, School.MAX_DELEGATES + 1}) {
            assertThatThrownBy(() -> apply("A", outside, true))
                    .isInstanceOfSatisfying(
                            SchoolRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("requestedDelegates"));
        }
    }

    @Test
    void contactNeedsAnAdvisorNameOfAtMostTwoHundredCharacters() {
        assertThatCode(() -> new School.Contact("x".repeat(200), "a@b.co", null))
                .doesNotThrowAnyException();
        for (String bad : new String[] {null, " ", "x".repeat(201)}) {
            assertThatThrownBy(() -> new School.Contact(bad, "a@b.co", null))
                    .isInstanceOfSatisfying(
                            SchoolRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("contact.advisorName"));
        }
    }

    @Test
    void contactNeedsAnEmailAddressOfAtMost254Characters() {
        String longest = "a".repeat(254 - "@b.co".length()) + "@b.co";
        assertThatCode(() -> new School.Contact("A", longest, null)).doesNotThrowAnyException();
        for (String bad : new String[] {null, "x" + longest, "no-at-sign.com", "a@nodot", "a b@c.de"}) {
            assertThatThrownBy(() -> new School.Contact("A", bad, null))
                    .isInstanceOfSatisfying(
                            SchoolRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("contact.email"));
        }
    }

    @Test
    void contactPhoneIsOptionalButMustLookLikeAPhoneNumberOfAtMost40Characters() {
        assertThatCode(() -> new School.Contact("A", "a@b.co", "+90 (242) 123-45-67"))
                .doesNotThrowAnyException();
        assertThatCode(() -> new School.Contact("A", "a@b.co", "1".repeat(40))).doesNotThrowAnyException();
        for (String bad : new String[] {"1".repeat(41), "call me"}) {
            assertThatThrownBy(() -> new School.Contact("A", "a@b.co", bad))
                    .isInstanceOfSatisfying(
                            SchoolRuleViolation.class,
                            e -> assertThat(e.field()).isEqualTo("contact.phone"));
        }
    }

    @Test
    void normalizedNameIgnoresCaseSpacingAndCompatibilityForms() {
        School plain = apply("Antalya College", 1, true).school();
        School odd = apply("\u00A0ＡNTALYA \t  college", 1, true).school();

        assertThat(odd.normalizedName()).isEqualTo(plain.normalizedName()).isEqualTo("antalya college");
    }

    @Test
    void acceptingAWaitlistedSchoolKeepsEverythingButTheStatus() {
        School waitlisted = withStatus(SchoolStatus.WAITLISTED);

        School.Change change = waitlisted.accept();

        assertThat(change.school())
                .usingRecursiveComparison()
                .ignoringFields("status")
                .isEqualTo(waitlisted);
        assertThat(change.school().status()).isEqualTo(SchoolStatus.ACCEPTED);
        assertThat(change.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        SchoolEvent.Accepted.class,
                        e -> assertThat(e.resultingVersion()).isEqualTo(4));
    }

    @Test
    void anAcceptedSchoolCannotBeAcceptedAgain() {
        assertThatThrownBy(() -> withStatus(SchoolStatus.ACCEPTED).accept())
                .isInstanceOf(SchoolStateConflict.class)
                .hasMessageContaining("already accepted");
    }

    @Test
    void waitlistingAnAcceptedSchool() {
        School.Change change = withStatus(SchoolStatus.ACCEPTED).waitlist();

        assertThat(change.school().status()).isEqualTo(SchoolStatus.WAITLISTED);
        assertThat(change.events()).singleElement().isInstanceOf(SchoolEvent.Waitlisted.class);
    }

    @Test
    void aWaitlistedSchoolCannotBeWaitlistedAgain() {
        assertThatThrownBy(() -> withStatus(SchoolStatus.WAITLISTED).waitlist())
                .isInstanceOf(SchoolStateConflict.class)
                .hasMessageContaining("already on the waitlist");
    }

    @Test
    void withdrawingFromAnyOpenStatus() {
        for (SchoolStatus open :
                new SchoolStatus[] {SchoolStatus.APPLIED, SchoolStatus.ACCEPTED, SchoolStatus.WAITLISTED}) {
            School.Change change = withStatus(open).withdraw();

            assertThat(change.school().status()).isEqualTo(SchoolStatus.WITHDRAWN);
            assertThat(change.events()).singleElement().isInstanceOf(SchoolEvent.Withdrawn.class);
        }
    }

    @Test
    void aWithdrawnSchoolCannotBeAcceptedWaitlistedOrWithdrawnAgain() {
        School withdrawn = withStatus(SchoolStatus.WITHDRAWN);

        assertThatThrownBy(withdrawn::accept).isInstanceOf(SchoolStateConflict.class);
        assertThatThrownBy(withdrawn::waitlist).isInstanceOf(SchoolStateConflict.class);
        assertThatThrownBy(withdrawn::withdraw).isInstanceOf(SchoolStateConflict.class);
    }

    @Test
    void onlyAnAcceptedSchoolHoldsRoomForItsDelegates() {
        assertThat(withStatus(SchoolStatus.ACCEPTED).delegatesHeld()).isEqualTo(8);
        assertThat(withStatus(SchoolStatus.APPLIED).delegatesHeld()).isZero();
        assertThat(withStatus(SchoolStatus.WAITLISTED).delegatesHeld()).isZero();
        assertThat(withStatus(SchoolStatus.WITHDRAWN).delegatesHeld()).isZero();
    }
}
