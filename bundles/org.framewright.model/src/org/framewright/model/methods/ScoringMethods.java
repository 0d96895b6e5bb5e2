package org.framewright.model.methods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The scoring methods installed in the product, as contributed to {@code org.framewright.scoring.methods} (the
 * built-ins by {@code org.framewright.scoring}, others by plugins). The engine, the simulation, validation and the
 * choosers of the UI all take their list from here. Read once from the extension registry; plugins installed
 * while the product runs are seen after a restart, as Eclipse asks.
 */
public final class ScoringMethods {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.framewright.scoring.methods";

    /** What FW-EXT-01 and scoring say of a method id that no installed plugin contributes. */
    public static final String NOT_PROVIDED = "no installed plugin provides it (install the plugin that contributes it,"
        + " or choose an installed method)";

    private static ScoringMethods installed;

    private final Map<MethodKind, Map<String, MethodDescriptor>> byKind = new EnumMap<>(MethodKind.class);

    private ScoringMethods(IExtensionRegistry registry) {
        for (MethodKind kind : MethodKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
            : registry.getConfigurationElementsFor(EXTENSION_POINT);
        for (IConfigurationElement element : elements) {
            MethodKind kind = MethodKind.ofElement(element.getName());
            String id = element.getAttribute("id");
            if (kind != null && id != null) {
                // the first contribution of an id wins, so a plugin cannot silently replace a built-in
                byKind.get(kind).putIfAbsent(id, descriptor(kind, id, element));
            }
        }
    }

    /**
     * The methods installed in the running product. Outside OSGi (no extension registry) the list is empty and
     * every model's method reads as not provided, which is the truth there.
     */
    public static synchronized ScoringMethods installed() {
        if (installed == null) {
            installed = new ScoringMethods(RegistryFactory.getRegistry());
        }
        return installed;
    }

    /** The methods of a kind, built-ins first (in the order they are contributed). */
    public List<MethodDescriptor> list(MethodKind kind) {
        return Collections.unmodifiableList(new ArrayList<>(byKind.get(kind).values()));
    }

    /** The ids of the methods of a kind, for choosers. */
    public List<String> ids(MethodKind kind) {
        return List.copyOf(byKind.get(kind).keySet());
    }

    /** The method of this kind with this id, or null when no installed plugin provides it. */
    public MethodDescriptor find(MethodKind kind, String id) {
        return id == null ? null : byKind.get(kind).get(id);
    }

    /**
     * The message for a model that names a method no installed plugin provides (rule FW-EXT-01, and scoring's
     * refusal), e.g. {@code aggregation method 'geometric-mean' of rule agg-overall: no installed plugin provides
     * it}.
     */
    public static String notProvided(MethodKind kind, String id, String ruleId) {
        return kind.label() + " '" + id + "' of rule " + ruleId + ": " + NOT_PROVIDED;
    }

    private static MethodDescriptor descriptor(MethodKind kind, String id, IConfigurationElement element) {
        List<MethodParameterDeclaration> parameters = new ArrayList<>();
        for (IConfigurationElement parameter : element.getChildren("parameter")) {
            parameters.add(new MethodParameterDeclaration(parameter.getAttribute("name"),
                orDefault(parameter.getAttribute("type"), "decimal"), parameter.getAttribute("default"),
                number(parameter.getAttribute("minimum")), number(parameter.getAttribute("maximum")),
                parameter.getAttribute("description"), choices(parameter.getAttribute("choices")),
                parameter.getAttribute("above")));
        }
        return new MethodDescriptor(kind, id, orDefault(element.getAttribute("name"), id),
            orDefault(element.getAttribute("description"), ""), element.getContributor().getName(), parameters, element);
    }

    /** A comma-separated list of choices ({@code refuse, zero}); empty when absent. */
    private static List<String> choices(String text) {
        return text == null || text.isBlank() ? List.of()
            : java.util.Arrays.stream(text.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    private static String orDefault(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static Double number(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.trim());
    }
}
