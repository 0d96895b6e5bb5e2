package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelRule;
import org.framewright.validation.Severity;

/**
 * Reads the rules contributed to {@code org.framewright.validation.rules}: Framewright's own (this bundle's
 * plugin.xml, in its order) first, then plugins' rules by plugin name. A contribution that cannot be used (unknown
 * target class, a class that is no rule) is left out with a line on stderr naming the rule and the plugin.
 */
public final class RuleContributions {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.framewright.validation.rules";

    private static final String OWN_BUNDLE = "org.framewright.validation";

    private RuleContributions() {
    }

    /** The installed rules; {@code builtins} when there is no extension registry (plain Java). */
    static List<Rule<?>> installed(List<Rule<?>> builtins) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return builtins;
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        // stable sort: the built-ins keep their plugin.xml order, plugins follow by name
        elements.sort(Comparator.comparing((IConfigurationElement e) -> !OWN_BUNDLE.equals(contributor(e)))
            .thenComparing(RuleContributions::contributor));
        List<Rule<?>> rules = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            Rule<?> rule = create(element);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    private static Rule<?> create(IConfigurationElement element) {
        String id = element.getAttribute("id");
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof Rule<?> builtin) {
                return builtin;
            }
            if (created instanceof ModelRule rule) {
                return new ContributedRule(id, severity(element.getAttribute("severity")),
                    target(element.getAttribute("target")), element.getAttribute("message"), rule,
                    Boolean.parseBoolean(element.getAttribute("optional")));
            }
            problem(element, "its class is no " + ModelRule.class.getName());
        } catch (CoreException | IllegalArgumentException e) {
            problem(element, e.getMessage());
        }
        return null;
    }

    static Severity severity(String text) {
        return text == null ? Severity.ERROR : Severity.valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The class of the model class called {@code name} ({@code EObject}: every element). */
    public static Class<? extends EObject> target(String name) {
        if (name == null || name.equals("EObject")) {
            return EObject.class;
        }
        EClassifier classifier = FrameworkPackage.eINSTANCE.getEClassifier(name);
        if (classifier == null || !EObject.class.isAssignableFrom(classifier.getInstanceClass())) {
            throw new IllegalArgumentException("target " + name + " is no class of the framework model");
        }
        return classifier.getInstanceClass().asSubclass(EObject.class);
    }

    private static String contributor(IConfigurationElement element) {
        return element.getContributor().getName();
    }

    private static void problem(IConfigurationElement element, String why) {
        System.err.println("framewright: validation rule " + element.getAttribute("id") + " of plugin "
            + contributor(element) + " is not used: " + why);
    }
}
