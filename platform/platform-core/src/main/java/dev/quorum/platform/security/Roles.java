package dev.quorum.platform.security;

/** The roles a Quorum token can carry in its {@code roles} claim (design section 5). */
public final class Roles {
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String CHAIR = "CHAIR";
    public static final String ADVISOR = "ADVISOR";
    public static final String DELEGATE = "DELEGATE";

    private Roles() {}
}
