package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

/** Every built-in rule is found through the extension point org.framewright.validation.rules, as a plugin's is. */
class RuleRegistryTest {

    @Test
    void theValidatorRunsTheBuiltInsAsContributedInTheirOrder() {
        List<Rule<?>> contributed = Rules.ALL.subList(0, Rules.BUILTIN.size());
        assertEquals(Rules.BUILTIN.stream().map(r -> r.getClass()).toList(),
            contributed.stream().map(r -> r.getClass()).toList());
    }

    @Test
    void eachContributionDeclaresTheCodeAndSeverityOfItsRule() {
        IConfigurationElement[] elements = RegistryFactory.getRegistry()
            .getConfigurationElementsFor(RuleContributions.EXTENSION_POINT);
        int builtins = 0;
        for (IConfigurationElement element : elements) {
            if (!element.getContributor().getName().equals("org.framewright.validation")) {
                continue;
            }
            Rule<?> rule = Rules.BUILTIN.get(builtins++);
            assertEquals(rule.code(), element.getAttribute("id"));
            assertEquals(rule.severity().name().toLowerCase(Locale.ROOT), element.getAttribute("severity"), rule.code());
            assertTrue(!element.getAttribute("message").isBlank() && !element.getAttribute("description").isBlank(),
                rule.code());
            RuleContributions.target(element.getAttribute("target"));
        }
        assertEquals(Rules.BUILTIN.size(), builtins);
    }
}
