package dev.quorum.registration.messaging;

/** The one topic registration-service publishes on: every school, conference and seat event. */
public final class RegistrationTopic {
    public static final String NAME = "registration.events";

    private RegistrationTopic() {}
}
