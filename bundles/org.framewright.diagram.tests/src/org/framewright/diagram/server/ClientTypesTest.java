package org.framewright.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.model.LogicElementKind;
import org.junit.jupiter.api.Test;

/**
 * The diagram web client (org.framewright.diagram.ui/client, TypeScript) names the server's type ids, diagram types
 * and action kinds in one file, {@code src/types.ts}, one object per Java class with the Java constants' names. This
 * test reads that file from the checkout and fails when it disagrees with the Java declarations ({@link DiagramTypes},
 * {@link LogicModelTypes}, {@link StructureTypes}, every server action's {@code KIND}, {@link LogicElementKind}), when
 * another client source writes one of those ids as a string literal, or when a client source types anything as
 * {@code any}.
 */
class ClientTypesTest {

    private static final Pattern OBJECT = Pattern.compile("export const (\\w+) = \\{([^}]*)\\} as const;");
    private static final Pattern ENTRY = Pattern.compile("(\\w+): '([^']*)'");
    private static final Pattern KINDS = Pattern.compile("export const LOGIC_ELEMENT_KINDS = \\[([^\\]]*)\\] as const;");
    private static final Pattern ANY = Pattern.compile("(:\\s*any\\b|\\bas any\\b|<any>|\\bany\\[\\])");

    @Test
    void theTypeIdsOfEachJavaClassAreTheClientsExactly() throws Exception {
        Map<String, Map<String, String>> client = clientObjects();
        for (Class<?> types : List.of(DiagramTypes.class, LogicModelTypes.class, StructureTypes.class)) {
            assertEquals(stringConstants(types), client.get(types.getSimpleName()),
                "types.ts " + types.getSimpleName() + " against " + types.getName());
        }
    }

    @Test
    void theActionKindsOfTheServersActionsAreTheClientsExactly() throws Exception {
        Map<String, String> kinds = new TreeMap<>();
        Path sources = bundle("org.framewright.diagram").resolve("src");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Action.java")).toList()) {
                if (Files.readString(file).contains("public static final String KIND")) {
                    String name = sources.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
                    Class<?> action = Class.forName(name);
                    kinds.put(action.getSimpleName(), (String) action.getField("KIND").get(null));
                }
            }
        }
        assertTrue(kinds.size() >= 3, kinds.toString());
        assertEquals(kinds, new TreeMap<>(clientObjects().get("ActionKinds")), "types.ts ActionKinds");
    }

    @Test
    void theLogicElementKindsAreTheModelsInItsOrder() throws Exception {
        Matcher kinds = KINDS.matcher(typesTs());
        assertTrue(kinds.find(), "types.ts declares LOGIC_ELEMENT_KINDS");
        List<String> client = Stream.of(kinds.group(1).split(","))
            .map(kind -> kind.trim().replace("'", ""))
            .toList();
        assertEquals(LogicElementKind.VALUES.stream().map(LogicElementKind::getName).toList(), client);
    }

    @Test
    void noOtherClientSourceWritesAnIdAsALiteral() throws Exception {
        List<String> ids = new ArrayList<>();
        clientObjects().values().forEach(entries -> ids.addAll(entries.values()));
        List<String> literals = new ArrayList<>();
        for (Path source : clientSources()) {
            if (source.getFileName().toString().equals("types.ts")) {
                continue;
            }
            String text = Files.readString(source);
            for (String id : ids) {
                for (String quote : List.of("'", "\"", "`")) {
                    if (text.contains(quote + id + quote)) {
                        literals.add(source.getFileName() + ": " + quote + id + quote);
                    }
                }
            }
        }
        assertEquals(List.of(), literals, "client sources that spell out an id instead of naming it from types.ts");
    }

    @Test
    void noClientSourceTypesAnythingAsAny() throws Exception {
        List<String> anys = new ArrayList<>();
        for (Path source : clientSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (ANY.matcher(lines.get(i)).find()) {
                    anys.add(source.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), anys, "client sources typed as any (give them a type)");
        assertTrue(ANY.matcher("const host = window as any;").find());
        assertTrue(ANY.matcher("(action: any) => x").find());
        assertFalse(ANY.matcher("// does anything; company: 'x'").find());
    }

    /** The public static final String constants of {@code types}, by name. */
    private static Map<String, String> stringConstants(Class<?> types) throws IllegalAccessException {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : types.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                constants.put(field.getName(), (String) field.get(null));
            }
        }
        return constants;
    }

    /** The {@code export const X = {...} as const} objects of types.ts, by name, each as NAME to value. */
    private static Map<String, Map<String, String>> clientObjects() throws IOException {
        Map<String, Map<String, String>> objects = new TreeMap<>();
        Matcher object = OBJECT.matcher(typesTs());
        while (object.find()) {
            Map<String, String> entries = new TreeMap<>();
            Matcher entry = ENTRY.matcher(object.group(2));
            while (entry.find()) {
                entries.put(entry.group(1), entry.group(2));
            }
            objects.put(object.group(1), entries);
        }
        return objects;
    }

    private static String typesTs() throws IOException {
        return Files.readString(clientFolder().resolve("types.ts"));
    }

    private static List<Path> clientSources() throws IOException {
        try (Stream<Path> files = Files.list(clientFolder())) {
            return files.filter(f -> f.toString().endsWith(".ts")).sorted().toList();
        }
    }

    private static Path clientFolder() {
        return bundle("org.framewright.diagram.ui").resolve("client/src");
    }

    /** A bundle's folder in the checkout (Tycho runs the tests in this test bundle's folder). */
    private static Path bundle(String name) {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("bundles").resolve(name))) {
                return at.resolve("bundles").resolve(name);
            }
        }
        throw new IllegalStateException("no bundles/" + name + " above " + Path.of("").toAbsolutePath());
    }
}
