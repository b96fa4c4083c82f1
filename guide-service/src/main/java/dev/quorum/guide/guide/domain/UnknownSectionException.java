package dev.quorum.guide.guide.domain;

/** An edit named a section the guide does not have. */
public class UnknownSectionException extends RuntimeException {
    public UnknownSectionException(String sectionId) {
        super("The guide has no section " + sectionId + ".");
    }
}
