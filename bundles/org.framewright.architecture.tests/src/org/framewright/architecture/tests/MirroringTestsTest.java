package org.framewright.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Tests mirror the code (STYLE.md, ELK's practice): every bundle has a {@code <bundle>.tests} bundle, and every package
 * of hand-written code has a {@code *Test} class in the same package of that test bundle. The exceptions are listed
 * here, each with its reason, and the lists may only shrink: an exception that is no longer needed (the tests now
 * exist) fails the build until it is taken off the list.
 */
class MirroringTestsTest {

    /** Bundles without a mirroring test bundle, and why. */
    static final List<String> BUNDLES_WITHOUT_TESTS = List.of(
        "org.framewright.doc", // the user guide: HTML and a table of contents, opened by UserGuideTest in ui.tests
        "org.framewright.glsp", // GLSP's own jars, embedded unchanged
        "org.framewright.model.edit", // generated item providers, exercised by the UI and diagram tests
        "org.framewright.samples", // sample frameworks and data, read by every test bundle
        "org.framewright.testing", // the test helpers themselves
        "org.framewright.testing.ui"); // the workbench tests' helpers, used by every UI test bundle

    /** Packages of hand-written code with no test class of their own (yet), in bundles that have test bundles. */
    static final List<String> PACKAGES_WITHOUT_TESTS = List.of(
        "org.framewright.cli.commands", // run end to end through CliRun by the tests in org.framewright.cli
        "org.framewright.diagram.ui",
        "org.framewright.diagram.ui.documents");

    @Test
    void everyBundleHasItsTestBundle() {
        List<String> missing = BundleSources.all().stream()
            .filter(bundle -> !Files.isDirectory(bundle.testsFolder()))
            .map(BundleSources::name)
            .filter(name -> !BUNDLES_WITHOUT_TESTS.contains(name))
            .toList();
        assertEquals(List.of(), missing, "bundles without a mirroring <bundle>.tests bundle (add one, with tests)");
    }

    @Test
    void theBundleExceptionsOnlyShrink() {
        List<String> stale = BUNDLES_WITHOUT_TESTS.stream()
            .filter(name -> !Files.isDirectory(BundleSources.bundlesFolder().resolve(name))
                || Files.isDirectory(BundleSources.bundlesFolder().resolve(name + ".tests")))
            .toList();
        assertEquals(List.of(), stale, "take these off BUNDLES_WITHOUT_TESTS: they have tests now or are gone");
    }

    @Test
    void everyPackageHasTestsInTheSamePackage() {
        List<String> missing = BundleSources.all().stream()
            .filter(bundle -> Files.isDirectory(bundle.testsFolder()))
            .flatMap(bundle -> bundle.sourcePackages().stream().filter(pkg -> !tested(bundle, pkg)))
            .filter(pkg -> !PACKAGES_WITHOUT_TESTS.contains(pkg))
            .toList();
        assertEquals(List.of(), missing,
            "packages without a *Test class in the same package of their bundle's .tests bundle");
    }

    @Test
    void thePackageExceptionsOnlyShrink() {
        List<BundleSources> bundles = BundleSources.all();
        List<String> stale = PACKAGES_WITHOUT_TESTS.stream()
            .filter(pkg -> bundles.stream().noneMatch(bundle -> bundle.sourcePackages().contains(pkg)
                && !tested(bundle, pkg)))
            .toList();
        assertEquals(List.of(), stale, "take these off PACKAGES_WITHOUT_TESTS: they have tests now or are gone");
    }

    /** Whether {@code bundle}'s test bundle has a {@code *Test.java} in {@code pkg}. */
    static boolean tested(BundleSources bundle, String pkg) {
        Path folder = bundle.testsFolder().resolve("src").resolve(pkg.replace('.', '/'));
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith("Test.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
