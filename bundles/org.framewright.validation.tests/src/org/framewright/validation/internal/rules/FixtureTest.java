package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.Test;

/** The rule tests' fixture is clean, so each rule test sees only the problem it introduces. */
class FixtureTest {

    @Test
    void theFixtureValidatesWithoutDiagnostics() {
        assertEquals(List.of(), FrameworkValidation.validate(new Fixture().framework).stream().map(Object::toString).toList());
    }
}
