package org.framewright.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every package a Framewright bundle exports says in one sentence what it is for (STYLE.md, point 9). */
class PackageDocumentationTest {

    static Stream<BundleSources> bundles() {
        return BundleSources.all().stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void exportedFramewrightPackagesHavePackageInfo(BundleSources bundle) {
        List<String> undocumented = bundle.exportedPackages().stream()
            .filter(name -> name.startsWith("org.framewright."))
            .filter(name -> !bundle.documents(name))
            .toList();
        assertEquals(List.of(), undocumented, bundle.name() + " exports packages without package-info.java");
    }
}
