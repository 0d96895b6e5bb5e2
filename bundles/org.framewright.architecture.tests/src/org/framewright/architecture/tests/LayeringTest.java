package org.framewright.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layering of STYLE.md, checked over the committed MANIFESTs, Java imports and READMEs: headless bundles stay
 * free of SWT and the workbench, scoring and simulation do not read files, the CLI does not pull in the UI, and each
 * README says what its bundle may depend on.
 */
class LayeringTest {

    /** Bundles that run without a display (the CLI runs all of them). */
    static final List<String> HEADLESS = List.of("model", "model.edit", "samples", "io", "validation", "scoring",
        "simulation", "audit", "methods", "compare", "history", "review", "cli", "diagram", "glsp", "examples");

    /** Name prefixes of the UI toolkit and the workbench. */
    static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
        "org.eclipse.e4.ui");

    static Stream<String> headless() {
        return HEADLESS.stream();
    }

    static Stream<BundleSources> bundles() {
        return BundleSources.all().stream();
    }

    @ParameterizedTest
    @MethodSource("headless")
    void headlessBundleRequiresNoUi(String shortName) {
        BundleSources bundle = BundleSources.of(shortName);
        List<String> ui = bundle.manifestDependencies().stream().filter(LayeringTest::isUi).toList();
        assertEquals(List.of(), ui, bundle.name() + "/META-INF/MANIFEST.MF requires UI bundles or packages");
    }

    @ParameterizedTest
    @MethodSource("headless")
    void headlessBundleImportsNoUi(String shortName) {
        BundleSources bundle = BundleSources.of(shortName);
        List<String> ui = bundle.javaImports().stream()
            .filter(line -> isUi(line.substring(line.indexOf(": ") + 2)))
            .toList();
        assertEquals(List.of(), ui, bundle.name() + " imports UI classes");
    }

    @Test
    void scoringAndSimulationDoNotReadFiles() {
        for (String shortName : List.of("scoring", "simulation", "audit")) {
            BundleSources bundle = BundleSources.of(shortName);
            assertFalse(bundle.manifestDependencies().stream().anyMatch(name -> name.startsWith("org.framewright.io")),
                bundle.name() + " depends on org.framewright.io; data reaches it as a model DataSet");
        }
    }

    @Test
    void cliDoesNotDependOnUiOrDiagrams() {
        List<String> forbidden = BundleSources.of("cli").requiredFramewrightBundles().stream()
            .filter(name -> name.endsWith(".ui") || name.contains(".ui.") || name.startsWith("org.framewright.diagram"))
            .toList();
        assertEquals(List.of(), forbidden, "org.framewright.cli depends on UI or diagram bundles");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void readmeNamesEveryFramewrightDependency(BundleSources bundle) {
        String mayDependOn = bundle.mayDependOn();
        assertTrue(!mayDependOn.isEmpty(), bundle.name() + "/README.md has no 'May depend on' paragraph");
        List<String> unnamed = bundle.requiredFramewrightBundles().stream()
            .filter(name -> !names(mayDependOn, name))
            .toList();
        assertEquals(List.of(), unnamed,
            bundle.name() + "/README.md 'May depend on' does not name these bundles its MANIFEST requires");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void readmeNamesNoFramewrightBundleItsManifestDoesNotRequire(BundleSources bundle) {
        String allowed = allowedPart(bundle.mayDependOn());
        List<String> required = bundle.requiredFramewrightBundles();
        List<String> stale = BundleSources.all().stream()
            .map(BundleSources::name)
            .filter(name -> !name.equals(bundle.name()) && !required.contains(name))
            .filter(name -> namesExactly(allowed, name))
            .toList();
        assertEquals(List.of(), stale,
            bundle.name() + "/README.md 'May depend on' names bundles its MANIFEST does not require (README and MANIFEST"
                + " must agree)");
    }

    @Test
    void theAllowedPartEndsWhereTheReadmeSaysWhatIsForbidden() {
        assertEquals("May depend on: `model`. ", allowedPart("May depend on: `model`. Must not depend on `io`."));
        assertTrue(namesExactly("May depend on: `model`", "org.framewright.model"));
        assertFalse(namesExactly("May depend on: `model.edit`", "org.framewright.model"));
        assertFalse(namesExactly("May depend on: org.framewright.model.edit", "org.framewright.model"));
        assertTrue(namesExactly("May depend on: org.framewright.model.", "org.framewright.model"));
    }

    @Test
    void clauseNamesIgnoreAttributesAndQuotedCommas() {
        assertEquals(List.of("a.b", "c", "d"), BundleSources.clauseNames("a.b;version=\"[1,2)\", c;x:=y,d"));
    }

    @Test
    void uiPrefixesMatchWholeSegments() {
        assertTrue(isUi("org.eclipse.ui.ide"));
        assertTrue(isUi("org.eclipse.swt.widgets.Display"));
        assertFalse(isUi("org.eclipse.uiextras"));
        assertFalse(isUi("org.eclipse.emf.edit.provider"));
    }

    private static boolean isUi(String name) {
        return UI_PREFIXES.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    /** The part of a "May depend on" paragraph before it says what must not be depended on. */
    private static String allowedPart(String mayDependOn) {
        int end = mayDependOn.length();
        for (String forbidding : List.of("Must not", "must not", "Not on", "Never", "never")) {
            int at = mayDependOn.indexOf(forbidding);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return mayDependOn.substring(0, end);
    }

    /** True when {@code text} names exactly {@code bundle}: in full (not as a prefix of a longer name) or as {@code `short`}. */
    private static boolean namesExactly(String text, String bundle) {
        String shortName = bundle.substring("org.framewright.".length());
        return Pattern.compile(Pattern.quote(bundle) + "(?!\\.?\\w)").matcher(text).find()
            || text.contains("`" + shortName + "`");
    }

    /** True when {@code text} names {@code bundle} in full or by its short name in backticks ({@code `io`}). */
    private static boolean names(String text, String bundle) {
        String shortName = bundle.substring("org.framewright.".length());
        return text.contains(bundle) || text.contains("`" + shortName + "`");
    }
}
