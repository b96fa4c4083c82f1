package dev.quorum.guide.conference.application;

/** Per conference, whether its published guides are open to the public (no token). */
public interface GuideSettingsStore {
    /** False until the conference's Secretariat opens them. */
    boolean guidesArePublic(String conferenceId);

    void setGuidesPublic(String conferenceId, boolean open);
}
