package dev.quorum.platform.security;

/**
 * Names of the JWT claims that registration-service issues and every service reads.
 *
 * <p>Scope claims tell which tenant objects a token may touch; object-level checks in the
 * services compare them with the data. {@link #ALL} in {@link #CONFERENCES} means every
 * conference (the Secretariat account created at first start).
 */
public final class QuorumClaims {
    public static final String ROLES = "roles";
    public static final String SCOPE = "scope";
    public static final String CONFERENCES = "conferences";
    public static final String SCHOOL = "school";
    public static final String COMMITTEES = "committees";
    public static final String SEAT = "seat";
    public static final String USERNAME = "preferred_username";
    public static final String ALL = "*";

    private QuorumClaims() {}
}
