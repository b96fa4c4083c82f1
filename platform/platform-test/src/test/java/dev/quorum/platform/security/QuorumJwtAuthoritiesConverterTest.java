package dev.quorum.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class QuorumJwtAuthoritiesConverterTest {
    private final QuorumJwtAuthoritiesConverter converter = new QuorumJwtAuthoritiesConverter();

    @Test
    void rolesBecomeRoleAuthoritiesAndEachScopeAScopeAuthority() {
        Jwt jwt = token().claim(QuorumClaims.ROLES, List.of(Roles.CHAIR, Roles.DELEGATE))
                .claim(QuorumClaims.SCOPE, "  guide:read   ballot:cast ")
                .build();

        assertThat(names(converter.convert(jwt)))
                .containsExactly("ROLE_CHAIR", "ROLE_DELEGATE", "SCOPE_guide:read", "SCOPE_ballot:cast");
    }

    @Test
    void aTokenWithoutRolesOrWithABlankScopeGrantsNothing() {
        assertThat(converter.convert(token().build())).isEmpty();
        assertThat(converter.convert(token().claim(QuorumClaims.SCOPE, "   ").build()))
                .isEmpty();
    }

    private static List<String> names(Collection<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1");
    }
}
