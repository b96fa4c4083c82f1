package dev.quorum.committee.session.application;

import dev.quorum.committee.committee.application.CommitteeView;
import dev.quorum.committee.roster.application.RosterDirectory;
import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a committee's sessions: its chairs (token claim {@code committees}) and its
 * conference's Secretariat run them; a delegate acts only for the seat their token names and the
 * roster confirms; anyone of the conference may follow them.
 */
@Component
public class SessionAccess {
    private final RosterDirectory roster;

    SessionAccess(RosterDirectory roster) {
        this.roster = roster;
    }

    /** Whether the caller may see the committee's sessions at all (else they get a 404). */
    public boolean canFollow(QuorumPrincipal p, CommitteeView c) {
        return runs(p, c)
                || p.belongsTo(c.conferenceId())
                || p.seat().filter(seat -> hasSeat(c, seat)).isPresent();
    }

    public void requireChair(QuorumPrincipal p, CommitteeView c) {
        if (!runs(p, c)) {
            throw new ForbiddenException("Only the committee's chairs or the conference's Secretariat may do this.");
        }
    }

    /** The chair, or the delegate seated in {@code seatId} acting for it. */
    public void requireSeat(QuorumPrincipal p, CommitteeView c, String seatId) {
        if (runs(p, c)) {
            return;
        }
        boolean ownSeat = p.hasRole(Roles.DELEGATE)
                && p.seat().filter(seatId::equals).isPresent()
                && roster.seatHeldBy(c.committeeId(), seatId, p.subject());
        if (!ownSeat) {
            throw new ForbiddenException("A delegate acts only for their own seat.");
        }
    }

    private static boolean runs(QuorumPrincipal p, CommitteeView c) {
        return (p.hasRole(Roles.CHAIR) && p.committees().contains(c.committeeId())) || p.administers(c.conferenceId());
    }

    private static boolean hasSeat(CommitteeView c, String seatId) {
        return c.seats().stream().anyMatch(s -> s.seatId().equals(seatId));
    }
}
