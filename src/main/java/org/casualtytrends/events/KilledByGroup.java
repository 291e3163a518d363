package org.casualtytrends.events;

import org.casualtytrends.model.Incident;
import org.casualtytrends.model.VictimGroup;

/** Killed per victim group (CODEBOOK.md section 2, {@code killed_by_group}); null where no figure. */
record KilledByGroup(Integer securityForces, Integer foreignForces, Integer civilians, Integer militants, Integer unknown) {

    static KilledByGroup of(Incident i) {
        return new KilledByGroup(i.killedSecurityForces(), i.killedForeignForces(), i.killedCivilians(),
                i.killedMilitants(), i.killedUnknown());
    }

    /** The largest figure per group of the two. */
    KilledByGroup max(KilledByGroup o) {
        return new KilledByGroup(max(securityForces, o.securityForces), max(foreignForces, o.foreignForces),
                max(civilians, o.civilians), max(militants, o.militants), max(unknown, o.unknown));
    }

    /**
     * The known group with the most killed, or null when no known group has a death or two tie.
     * Unknown victims are left out: they could be anyone, so they contradict no group.
     */
    VictimGroup dominant() {
        VictimGroup[] groups = {VictimGroup.SECURITY_FORCES, VictimGroup.FOREIGN_FORCES, VictimGroup.CIVILIANS, VictimGroup.MILITANTS};
        Integer[] counts = {securityForces, foreignForces, civilians, militants};
        VictimGroup dominant = null;
        int most = 0;
        for (int g = 0; g < groups.length; g++) {
            int count = counts[g] == null ? 0 : counts[g];
            if (count > most) {
                dominant = groups[g];
                most = count;
            } else if (count == most && count > 0) {
                dominant = null;
            }
        }
        return dominant;
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }
}
