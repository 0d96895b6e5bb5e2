package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** One rule, one id: the code is the constant, the class name, and the test class name; codes are unique. */
class RulesCatalogueTest {

    @Test
    void everyRuleIsNamedByItsCodeAndHasItsOwnTest() throws Exception {
        Set<String> codes = new HashSet<>();
        for (Rule<?> rule : Rules.ALL) {
            String code = rule.code();
            assertTrue(code.matches("FW-[A-Z]+-\\d\\d"), code);
            assertTrue(codes.add(code), "two rules with code " + code);
            Class<?> type = rule.getClass();
            assertEquals(code, type.getField("CODE").get(null), type.getName());
            assertTrue(type.getSimpleName().startsWith(code.replace('-', '_') + "_"), type.getSimpleName());
            Class.forName(type.getName() + "Test"); // the fixture-plus-oracle test of the rule
        }
    }
}
