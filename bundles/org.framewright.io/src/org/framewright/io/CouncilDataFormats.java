package org.framewright.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.framewright.io.internal.BuiltinTableFormat;

/**
 * The council data readers installed, read once from {@code org.framewright.io.formats} and asked by descending
 * priority. Outside OSGi (plain unit tests) only Framewright's own reader is installed. A contribution whose class
 * cannot be created is left out with a line on stderr.
 */
public final class CouncilDataFormats {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "org.framewright.io.formats";

    /** How many bytes of a file {@link CouncilDataFormat#reads} is shown. */
    public static final int HEAD_BYTES = 4096;

    /**
     * One installed reader.
     *
     * @param id the contribution's id
     * @param name the format as users know it
     * @param extensions the file name extensions it names (lower case, no dot), offered by file dialogs
     * @param anyFile whether it is asked about every file ({@code *} among its extensions, or none named)
     * @param priority readers are asked by descending priority
     * @param format the reader
     */
    public record Reader(String id, String name, List<String> extensions, boolean anyFile, int priority,
            CouncilDataFormat format) {

        /** Whether this reader is asked about a file named {@code fileName}. */
        public boolean asksAbout(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return anyFile || dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A filter of a file dialog.
     *
     * @param name what the dialog shows, e.g. {@code Council data (*.csv, *.xlsx)}
     * @param pattern the patterns, e.g. {@code *.csv;*.xlsx}
     */
    public record FileFilter(String name, String pattern) {
    }

    private static List<Reader> installed;

    private CouncilDataFormats() {
    }

    /** The installed readers, highest priority first. */
    public static synchronized List<Reader> installed() {
        if (installed == null) {
            installed = read(RegistryFactory.getRegistry());
        }
        return installed;
    }

    /** The reader for {@code file}: the first installed one that accepts it, else Framewright's own. */
    public static Reader readerFor(Path file) {
        byte[] head = head(file);
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        for (Reader reader : installed()) {
            if (reader.asksAbout(fileName) && accepts(reader, file, head)) {
                return reader;
            }
        }
        return builtin();
    }

    /**
     * The filters of a dialog choosing a council data file, from the installed readers: every extension any reader
     * names first, then one filter per reader that names extensions (by descending priority), then all files.
     */
    public static List<FileFilter> fileFilters() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        List<FileFilter> filters = new ArrayList<>();
        List<Reader> readers = new ArrayList<>(installed());
        java.util.Collections.reverse(readers); // Framewright's own formats first in the combined filter
        readers.forEach(r -> all.addAll(r.extensions()));
        filters.add(filter("Council data", List.copyOf(all)));
        for (Reader reader : installed()) {
            if (!reader.extensions().isEmpty()) {
                filters.add(filter(reader.name(), reader.extensions()));
            }
        }
        filters.add(new FileFilter("All files (*.*)", "*.*"));
        return List.copyOf(filters);
    }

    private static FileFilter filter(String name, List<String> extensions) {
        List<String> patterns = extensions.stream().map(e -> "*." + e).toList();
        return new FileFilter(name + " (" + String.join(", ", patterns) + ")", String.join(";", patterns));
    }

    private static boolean accepts(Reader reader, Path file, byte[] head) {
        try {
            return reader.format().reads(file, head);
        } catch (RuntimeException e) {
            System.err.println("framewright: data reader " + reader.id() + " failed on " + file + ": " + e);
            return false;
        }
    }

    /** The first bytes of {@code file}; none when it cannot be read (Framewright's reader then says why). */
    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static Reader builtin() {
        return new Reader("org.framewright.io.tables", "Framewright native CSV, NHS England ASCOF open-data CSV or XLSX",
            List.of("csv", "xlsx"), true, 0, new BuiltinTableFormat());
    }

    private static List<Reader> read(IExtensionRegistry registry) {
        if (registry == null) {
            return List.of(builtin());
        }
        List<Reader> readers = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!element.getName().equals("reader")) {
                continue; // a result writer (ResultWriters)
            }
            try {
                String extensions = element.getAttribute("extensions");
                readers.add(new Reader(element.getAttribute("id"), element.getAttribute("name"),
                    extensions(extensions), extensions(extensions).isEmpty() || extensions.contains("*"),
                    priority(element.getAttribute("priority")),
                    (CouncilDataFormat) element.createExecutableExtension("class")));
            } catch (CoreException | ClassCastException e) {
                System.err.println("framewright: data reader " + element.getAttribute("id") + " of plugin "
                    + element.getContributor().getName() + " is not used: " + e.getMessage());
            }
        }
        readers.sort(Comparator.comparingInt(Reader::priority).reversed());
        return List.copyOf(readers);
    }

    private static List<String> extensions(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty() && !s.equals("*")).toList();
    }

    private static int priority(String text) {
        try {
            return text == null ? 10 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 10;
        }
    }
}
