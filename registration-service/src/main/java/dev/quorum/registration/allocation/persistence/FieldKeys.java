package dev.quorum.registration.allocation.persistence;

/**
 * Ids used as field names inside a document: '.' would split the path and a leading '$' reads as
 * an operator, so both are escaped (and '%', to keep the escape unambiguous). The original id is
 * always stored in the value too, so keys are never decoded.
 */
final class FieldKeys {
    private FieldKeys() {}

    static String of(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }
}
