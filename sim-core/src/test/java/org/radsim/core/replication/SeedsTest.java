package org.radsim.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void derivedSeedsDependOnlyOnMasterAndIndex() {
        assertEquals(Seeds.replication(5, 3), Seeds.replication(5, 3));
        assertNotEquals(Seeds.replication(5, 3), Seeds.replication(5, 4));
        assertNotEquals(Seeds.replication(5, 3), Seeds.replication(6, 3));
        assertNotEquals(Seeds.derive(5, 1, 2), Seeds.derive(5, 2, 1));
    }

    @Test
    void derivedSeedsDoNotCollideOverManyIndices() {
        Set<Long> seen = new HashSet<>();
        for (int r = 0; r < 100_000; r++) {
            seen.add(Seeds.replication(20261129, r));
        }
        assertEquals(100_000, seen.size());
    }
}
