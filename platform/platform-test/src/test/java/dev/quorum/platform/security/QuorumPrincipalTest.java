package dev.quorum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class QuorumPrincipalTest {

    @Test
    void readsEveryClaimOfTheToken() {
        Jwt jwt = token().claim(QuorumClaims.USERNAME, "ayse")
                .claim(QuorumClaims.ROLES, List.of(Roles.DELEGATE))
                .claim(QuorumClaims.CONFERENCES, List.of("c-1"))
                .claim(QuorumClaims.SCHOOL, "s-1")
                .claim(QuorumClaims.COMMITTEES, List.of("k-1", "k-2"))
                .claim(QuorumClaims.SEAT, "seat-9")
                .build();

        QuorumPrincipal principal = QuorumPrincipal.from(jwt);

        assertThat(principal)
                .isEqualTo(new QuorumPrincipal(
                        "user-1",
                        "ayse",
                        List.of(Roles.DELEGATE),
                        List.of("c-1"),
                        Optional.of("s-1"),
                        List.of("k-1", "k-2"),
                        Optional.of("seat-9")));
    }

    @Test
    void missingClaimsAreEmptyNotNull() {
        QuorumPrincipal principal = QuorumPrincipal.from(token().build());

        assertThat(principal.roles()).isEmpty();
        assertThat(principal.conferences()).isEmpty();
        assertThat(principal.committees()).isEmpty();
        assertThat(principal.school()).isEmpty();
        assertThat(principal.seat()).isEmpty();
        assertThat(principal.username()).isNull();
    }

    @Test
    void aSecretariatMemberOfOneConferenceAdministersOnlyThatOne() {
        QuorumPrincipal principal = principal(List.of(Roles.SECRETARIAT), List.of("c-1"));

        assertThat(principal.hasRole(Roles.SECRETARIAT)).isTrue();
        assertThat(principal.belongsTo("c-1")).isTrue();
        assertThat(principal.belongsTo("c-2")).isFalse();
        assertThat(principal.administers("c-1")).isTrue();
        assertThat(principal.administers("c-2")).isFalse();
        assertThat(principal.administersAllConferences()).isFalse();
    }

    @Test
    void theGlobalSecretariatAdministersEveryConference() {
        QuorumPrincipal principal = principal(List.of(Roles.SECRETARIAT), List.of(QuorumClaims.ALL));

        assertThat(principal.belongsTo("any")).isTrue();
        assertThat(principal.administers("any")).isTrue();
        assertThat(principal.administersAllConferences()).isTrue();
    }

    @Test
    void anotherRoleScopedToEveryConferenceAdministersNone() {
        QuorumPrincipal chair = principal(List.of(Roles.CHAIR), List.of(QuorumClaims.ALL));

        assertThat(chair.hasRole(Roles.SECRETARIAT)).isFalse();
        assertThat(chair.belongsTo("c-1")).isTrue();
        assertThat(chair.administers("c-1")).isFalse();
        assertThat(chair.administersAllConferences()).isFalse();
    }

    private static QuorumPrincipal principal(List<String> roles, List<String> conferences) {
        return QuorumPrincipal.from(token().claim(QuorumClaims.ROLES, roles)
                .claim(QuorumClaims.CONFERENCES, conferences)
                .build());
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1");
    }
}
