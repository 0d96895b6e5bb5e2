package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The column names of the simulation tables (a command-line contract: users' scripts read them). */
class SimulationTablesTest {

    @Test
    void levelColumnsAreLowerCasedWithUnderscoresAndUnique() {
        assertEquals(List.of("p_inadequate", "p_requires_improvement", "p_good", "p_outstanding"),
            SimulationTables.levelColumns(List.of("Inadequate", "Requires improvement", "Good", "Outstanding")));
        assertEquals(List.of("p_0", "p_1", "p_4"), SimulationTables.levelColumns(List.of("0", "1", "4")));
        assertEquals(List.of("p_red", "p_amber_rag", "p_red_2"),
            SimulationTables.levelColumns(List.of("Red", " Amber (RAG) ", "red")));
    }
}
