package org.framewright.architecture.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Framewright bundle as the checkout holds it: its folder, MANIFEST dependencies, Java imports and README. Read
 * from the files, not from the OSGi runtime, so that the tests see exactly what is committed.
 */
record BundleSources(String name, Path folder) {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    /** The checkout's {@code bundles/} folder (Tycho runs the tests in this test bundle's folder). */
    static Path bundlesFolder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path at = here; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("bundles/org.framewright.model"))) {
                return at.resolve("bundles");
            }
        }
        throw new IllegalStateException("no bundles/ folder above " + here);
    }

    /** The bundle {@code org.framewright.<shortName>} of the checkout. */
    static BundleSources of(String shortName) {
        String name = "org.framewright." + shortName;
        return new BundleSources(name, bundlesFolder().resolve(name));
    }

    /** Every bundle of the checkout that is not a test bundle. */
    static List<BundleSources> all() {
        return withTests().stream().filter(bundle -> !bundle.isTests()).toList();
    }

    /** Every bundle of the checkout, test bundles included. */
    static List<BundleSources> withTests() {
        try (Stream<Path> folders = Files.list(bundlesFolder())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("META-INF/MANIFEST.MF")))
                .map(folder -> new BundleSources(folder.getFileName().toString(), folder))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this is a test bundle ({@code *.tests}). */
    boolean isTests() {
        return name.endsWith(".tests");
    }

    /** The folder of this bundle's mirroring test bundle ({@code <name>.tests}), which may not exist. */
    Path testsFolder() {
        return folder.resolveSibling(name + ".tests");
    }

    /** The short name ({@code scoring} for {@code org.framewright.scoring}). */
    String shortName() {
        return name.startsWith("org.framewright.") ? name.substring("org.framewright.".length()) : name;
    }

    /** The symbolic names in Require-Bundle and the package names in Import-Package. */
    List<String> manifestDependencies() {
        List<String> names = new ArrayList<>(clauseNames(mainAttribute("Require-Bundle")));
        names.addAll(clauseNames(mainAttribute("Import-Package")));
        return names;
    }

    private String mainAttribute(String header) {
        try (InputStream in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
            return new Manifest(in).getMainAttributes().getValue(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package names in Export-Package. */
    List<String> exportedPackages() {
        return clauseNames(mainAttribute("Export-Package"));
    }

    /** The clauses of Export-Package, whole ({@code name;x-internal:=true}). */
    List<String> exportClauses() {
        return clauses(mainAttribute("Export-Package"));
    }

    /**
     * The packages of this bundle's hand-written sources ({@code src/} only, generated code excluded) that hold at
     * least one Java type besides {@code package-info.java}.
     */
    List<String> sourcePackages() {
        Path root = folder.resolve("src");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                .map(f -> root.relativize(f.getParent()).toString().replace('/', '.'))
                .distinct()
                .sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every Java source ({@code src}, {@code src-gen}) and of {@code plugin.xml}, by relative path. */
    List<String[]> texts() {
        List<String[]> texts = new ArrayList<>();
        try {
            if (Files.isRegularFile(folder.resolve("plugin.xml"))) {
                texts.add(new String[] {"plugin.xml", Files.readString(folder.resolve("plugin.xml"))});
            }
            for (String source : List.of("src", "src-gen")) {
                Path root = folder.resolve(source);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        texts.add(new String[] {folder.relativize(file).toString(), Files.readString(file)});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** True when a source folder ({@code src} or {@code src-gen}) holds {@code packageName}'s package-info.java. */
    boolean documents(String packageName) {
        String path = packageName.replace('.', '/') + "/package-info.java";
        return Files.isRegularFile(folder.resolve("src").resolve(path))
            || Files.isRegularFile(folder.resolve("src-gen").resolve(path));
    }

    /** The Framewright bundles this bundle requires. */
    List<String> requiredFramewrightBundles() {
        return manifestDependencies().stream().filter(name -> name.startsWith("org.framewright.")).toList();
    }

    /** Every {@code import} of every hand-written and generated Java file, as "file: imported.Name". */
    List<String> javaImports() {
        List<String> imports = new ArrayList<>();
        for (String[] text : texts()) {
            if (text[0].endsWith(".java")) {
                Matcher matcher = IMPORT.matcher(text[1]);
                while (matcher.find()) {
                    imports.add(text[0] + ": " + matcher.group(1));
                }
            }
        }
        return imports;
    }

    /** The README's "May depend on" paragraph (up to the next blank line), or "" when it has none. */
    String mayDependOn() {
        try {
            String readme = Files.readString(folder.resolve("README.md"));
            int start = readme.indexOf("May depend on");
            if (start < 0) {
                return "";
            }
            int end = readme.indexOf("\n\n", start);
            return readme.substring(start, end < 0 ? readme.length() : end);
        } catch (IOException e) {
            return "";
        }
    }

    /** The names of a manifest header's clauses ("a;x=1,b" -> a, b), ignoring commas inside quoted attributes. */
    static List<String> clauseNames(String header) {
        return clauses(header).stream().map(clause -> clause.split(";", 2)[0].trim()).toList();
    }

    /** A manifest header's clauses, whole and trimmed ("a;x=1,b" -> "a;x=1", "b"), split at unquoted commas. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                String text = clause.toString().trim();
                if (!text.isEmpty()) {
                    clauses.add(text);
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return clauses;
    }
}
