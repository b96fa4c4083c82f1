package dev.quorum.registration.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void usernamesAreComparedIgnoringCaseAndCompatibilityForms() {
        assertThat(Account.usernameKey("SECRETARIAT")).isEqualTo("secretariat");
        assertThat(Account.usernameKey("ｓecretariat")).isEqualTo("secretariat");
        assertThat(Account.usernameKey("İstanbul")).isEqualTo(Account.usernameKey("i̇stanbul"));
    }

    @Test
    void aStaffAccountBelongsToOneConferenceWithoutSchoolOrSeat() {
        Account chair = Account.staffOf("c1", "CHAIR", "chair.sc", "{bcrypt}x", List.of("sc"));
        Account other = Account.staffOf("c1", "CHAIR", "chair.ga", "{bcrypt}y", List.of("ga"));

        assertThat(chair.username()).isEqualTo("chair.sc");
        assertThat(chair.passwordHash()).isEqualTo("{bcrypt}x");
        assertThat(chair.roles()).containsExactly("CHAIR");
        assertThat(chair.conferences()).containsExactly("c1");
        assertThat(chair.committees()).containsExactly("sc");
        assertThat(chair.school()).isEmpty();
        assertThat(chair.seat()).isEmpty();
        assertThat(chair.id()).isNotEqualTo(other.id()).hasSize(36);
    }

    @Test
    void keepsACopyOfItsScopes() {
        List<String> committees = new ArrayList<>(List.of("sc"));
        Account chair = Account.staffOf("c1", "CHAIR", "chair.sc", "{bcrypt}x", committees);

        committees.add("ga");

        assertThat(chair.committees()).containsExactly("sc");
        assertThatThrownBy(() -> chair.roles().add("SECRETARIAT")).isInstanceOf(UnsupportedOperationException.class);
    }
}
