package org.framewright.diagram.ui.editor;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.FileLocator;
import org.framewright.diagram.ui.DiagramUiPlugin;
import org.osgi.framework.Bundle;

/**
 * The bundled web client page ({@code web/index.html} and its scripts), extracted to files so that the SWT Browser can
 * load it with its relative references, and the page URL for one diagram.
 */
final class DiagramPage {

    private DiagramPage() {
    }

    /** The URL of the page showing one diagram served at {@code address}. */
    static String url(DiagramUiPlugin.ServerAddress address, String diagramType, String sourceFile, String element,
            String title) throws IOException {
        URL page = extractedPage();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("port", String.valueOf(address.port()));
        parameters.put("token", address.token());
        parameters.put("diagramType", diagramType);
        parameters.put("sourceUri", sourceFile);
        if (element != null) {
            parameters.put("element", element);
        }
        parameters.put("title", title);
        return page.toExternalForm() + "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The folder holding the extracted page and its files (what a shared diagram's session serves). */
    static Path webRoot() throws IOException {
        try {
            return Path.of(extractedPage().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException("the web client's page has no file path: " + e.getMessage(), e);
        }
    }

    private static URL extractedPage() throws IOException {
        Bundle bundle = DiagramUiPlugin.context().getBundle();
        // a jarred bundle: toFileURL extracts each entry (keeping relative paths) into the bundle's data area
        for (Enumeration<URL> entries = bundle.findEntries("web", "*", true); entries.hasMoreElements();) {
            FileLocator.toFileURL(entries.nextElement());
        }
        return FileLocator.toFileURL(bundle.getEntry("web/index.html"));
    }
}
