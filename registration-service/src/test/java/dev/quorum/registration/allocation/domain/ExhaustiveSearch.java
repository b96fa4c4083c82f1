package dev.quorum.registration.allocation.domain;

/**
 * The most delegates any allocation could seat, found by trying every number of single and double
 * seats for every school (only for small conferences). Preferences do not matter here: which seats
 * a school gets never changes how many delegates fit, only their delegation sizes do.
 */
final class ExhaustiveSearch {

    private ExhaustiveSearch() {}

    static int mostDelegatesPlaceable(Conference conference) {
        int singles = (int) conference.seats().stream()
                .filter(seat -> seat.delegationSize() == 1)
                .count();
        int doubles = conference.seats().size() - singles;
        // reachable[u][v]: some allocation of the schools so far uses u single and v double seats.
        boolean[][] reachable = new boolean[singles + 1][doubles + 1];
        reachable[0][0] = true;
        for (SchoolDemand school : conference.schools()) {
            boolean[][] next = new boolean[singles + 1][doubles + 1];
            for (int u = 0; u <= singles; u++) {
                for (int v = 0; v <= doubles; v++) {
                    if (!reachable[u][v]) {
                        continue;
                    }
                    for (int d = 0; 2 * d <= school.delegates() && v + d <= doubles; d++) {
                        for (int s = 0; 2 * d + s <= school.delegates() && u + s <= singles; s++) {
                            next[u + s][v + d] = true;
                        }
                    }
                }
            }
            reachable = next;
        }
        int best = 0;
        for (int u = 0; u <= singles; u++) {
            for (int v = 0; v <= doubles; v++) {
                if (reachable[u][v]) {
                    best = Math.max(best, u + 2 * v);
                }
            }
        }
        return best;
    }
}
