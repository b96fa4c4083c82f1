package dev.quorum.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller as the services see it: who, which roles, and which tenant objects the token is
 * scoped to. Read from a validated JWT; object-level checks use it next to the data.
 */
public record QuorumPrincipal(
        String subject,
        String username,
        List<String> roles,
        List<String> conferences,
        Optional<String> school,
        List<String> committees,
        Optional<String> seat) {

    public static QuorumPrincipal from(Jwt jwt) {
        return new QuorumPrincipal(
                jwt.getSubject(),
                jwt.getClaimAsString(QuorumClaims.USERNAME),
                listClaim(jwt, QuorumClaims.ROLES),
                listClaim(jwt, QuorumClaims.CONFERENCES),
                Optional.ofNullable(jwt.getClaimAsString(QuorumClaims.SCHOOL)),
                listClaim(jwt, QuorumClaims.COMMITTEES),
                Optional.ofNullable(jwt.getClaimAsString(QuorumClaims.SEAT)));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True when the token is scoped to the conference (or to every conference). */
    public boolean belongsTo(String conferenceId) {
        return conferences.contains(QuorumClaims.ALL) || conferences.contains(conferenceId);
    }

    /** True for a Secretariat member whose token covers the conference (or every conference). */
    public boolean administers(String conferenceId) {
        return hasRole(Roles.SECRETARIAT) && belongsTo(conferenceId);
    }

    /** True for a Secretariat member of every conference: only they may create conferences. */
    public boolean administersAllConferences() {
        return hasRole(Roles.SECRETARIAT) && conferences.contains(QuorumClaims.ALL);
    }

    private static List<String> listClaim(Jwt jwt, String name) {
        List<String> values = jwt.getClaimAsStringList(name);
        return values == null ? List.of() : List.copyOf(values);
    }
}
