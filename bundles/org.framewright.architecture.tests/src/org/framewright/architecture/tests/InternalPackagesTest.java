package org.framewright.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API and internals are declared (STYLE.md, point 4): an exported {@code *.internal*} package is marked
 * {@code x-internal:=true} or {@code x-friends:=...}; the UI bundle's packages that no other (non-test) bundle uses are
 * marked so too; and no bundle reaches into another's internal package unless it is that bundle's own mirroring
 * {@code .tests} bundle or one of the package's {@code x-friends}, so that marking a package internal never hides it
 * from a bundle that needs it.
 */
class InternalPackagesTest {

    /** Each bundle's texts, read once for all the packages asked about. */
    private static final Map<String, List<String[]>> TEXTS = new ConcurrentHashMap<>();

    private static final Pattern FRIENDS = Pattern.compile("x-friends:=\"([^\"]*)\"");

    /** One exported package of {@code bundle}, with its directives. */
    record Export(BundleSources bundle, String pkg, boolean internal, List<String> friends) {

        static Export of(BundleSources bundle, String clause) {
            String pkg = clause.split(";", 2)[0].trim();
            Matcher friends = FRIENDS.matcher(clause);
            List<String> names = friends.find()
                ? Stream.of(friends.group(1).split(",")).map(String::trim).toList() : List.of();
            boolean internal = clause.replace(" ", "").contains("x-internal:=true") || !names.isEmpty();
            return new Export(bundle, pkg, internal, names);
        }

        /** Whether {@code user} may use this package: any bundle for API, else the bundle, its tests and friends. */
        boolean allows(BundleSources user) {
            return !internal || user.name().equals(bundle.name()) || user.name().equals(bundle.name() + ".tests")
                || friends.contains(user.name());
        }
    }

    static Stream<BundleSources> bundles() {
        return BundleSources.all().stream();
    }

    static List<Export> exports(BundleSources bundle) {
        return bundle.exportClauses().stream().map(clause -> Export.of(bundle, clause)).toList();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void internalPackagesAreExportedAsInternal(BundleSources bundle) {
        List<String> plain = exports(bundle).stream()
            .filter(export -> export.pkg().contains(".internal"))
            .filter(export -> !export.internal())
            .map(Export::pkg)
            .toList();
        assertEquals(List.of(), plain,
            bundle.name() + "/META-INF/MANIFEST.MF exports internal packages without x-internal:=true or x-friends");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noBundleReachesIntoAnotherBundlesInternals(BundleSources bundle) {
        List<Export> internals = exports(bundle).stream().filter(Export::internal).toList();
        List<String> violations = new ArrayList<>();
        for (BundleSources user : BundleSources.withTests()) {
            for (Export export : internals) {
                if (!export.allows(user)) {
                    uses(user, export.pkg()).forEach(where -> violations.add(user.name() + "/" + where + " uses "
                        + export.pkg() + " (add " + user.name() + " to its x-friends, or export it as API)"));
                }
            }
        }
        assertEquals(List.of(), violations, "bundles use internal packages of " + bundle.name());
    }

    @Test
    void uiPackagesNoOtherBundleUsesAreInternal() {
        BundleSources ui = BundleSources.of("ui");
        List<BundleSources> others = BundleSources.all().stream()
            .filter(bundle -> !bundle.name().equals(ui.name()))
            .toList();
        List<String> plain = exports(ui).stream()
            .filter(export -> !export.internal())
            .filter(export -> others.stream().allMatch(other -> uses(other, export.pkg()).isEmpty()))
            .map(Export::pkg)
            .toList();
        assertEquals(List.of(), plain, "org.framewright.ui exports packages no other bundle uses without x-friends "
            + "or x-internal:=true (mark them internal; their test bundles go into x-friends)");
    }

    @Test
    void usesSeesImportsQualifiedNamesPluginXmlAndSamePackageSources() {
        BundleSources diagramUi = BundleSources.of("diagram.ui");
        assertFalse(uses(diagramUi, "org.framewright.ui.editor").isEmpty(), "diagram.ui imports ui.editor");
        BundleSources uiTests = BundleSources.of("ui.tests");
        assertFalse(uses(uiTests, "org.framewright.ui.markers").isEmpty(), "ui.tests has tests in ui.markers");
        assertTrue(uses(BundleSources.of("model"), "org.framewright.ui.editor").isEmpty());
        Export friendsOnly = Export.of(diagramUi, "a.b;x-friends:=\"x.y, z\"");
        assertTrue(friendsOnly.internal());
        assertEquals(List.of("x.y", "z"), friendsOnly.friends());
        assertFalse(Export.of(diagramUi, "a.b;version=\"1\"").internal());
        assertTrue(Export.of(diagramUi, "a.internal;x-internal:=true").internal());
    }

    /**
     * Where {@code user} uses {@code pkg}: a Java import or fully qualified name ({@code pkg.Type}, {@code pkg.*}),
     * a class named in its plugin.xml, or sources of its own in that package (tests beside the classes they test).
     */
    static List<String> uses(BundleSources user, String pkg) {
        List<String> where = new ArrayList<>();
        Pattern reference = Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "\\.(?:[A-Z]|\\*)");
        for (String[] text : TEXTS.computeIfAbsent(user.name(), name -> user.texts())) {
            if (reference.matcher(text[1]).find()) {
                where.add(text[0]);
            }
        }
        if (user.sourcePackages().contains(pkg) && Files.isDirectory(user.folder().resolve("src"))) {
            where.add("src/" + pkg.replace('.', '/') + "/");
        }
        return where;
    }
}
