package org.framewright.ui.help;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.osgi.framework.Bundle;

/**
 * The user guide's tables of contents as the Eclipse help system reads them from the {@code org.eclipse.help.toc}
 * extensions (Framewright's own, contributed by {@code org.framewright.doc}, first), and where a topic's page is.
 */
public final class GuideTopics {

    /** The bundle that contributes the Framewright user guide. */
    public static final String GUIDE_BUNDLE = "org.framewright.doc";

    private GuideTopics() {
    }

    /** Every table of contents, the Framewright user guide first. */
    public static List<IToc> tocs() {
        return Arrays.stream(HelpSystem.getTocs())
            .sorted((a, b) -> Boolean.compare(!isFramewrights(a), !isFramewrights(b)))
            .toList();
    }

    private static boolean isFramewrights(IToc toc) {
        return toc.getHref() != null && toc.getHref().startsWith("/" + GUIDE_BUNDLE + "/");
    }

    /** The children shown below {@code element} (a toc or a topic). */
    public static ITopic[] children(Object element) {
        if (element instanceof IToc toc) {
            return toc.getTopics();
        }
        if (element instanceof ITopic topic) {
            return topic.getSubtopics();
        }
        return new ITopic[0];
    }

    /**
     * A URL the browser can show for a help {@code href} ({@code /bundle/path/page.html}, optionally with an
     * anchor), or null when the bundle or the page is missing. The guide bundle is installed as a folder, so the
     * page's relative links and images work.
     */
    public static URL pageUrl(String href) throws IOException {
        if (href == null || !href.startsWith("/")) {
            return null;
        }
        int slash = href.indexOf('/', 1);
        if (slash < 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(href.substring(1, slash));
        String path = href.substring(slash);
        int anchor = path.indexOf('#');
        String fragment = anchor < 0 ? "" : path.substring(anchor);
        URL entry = bundle == null ? null : bundle.getEntry(anchor < 0 ? path : path.substring(0, anchor));
        return entry == null ? null : new URL(FileLocator.toFileURL(entry), fragment.isEmpty() ? "" : fragment);
    }
}
