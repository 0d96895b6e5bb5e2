package org.framewright.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.framewright.model.ModelElement;

/**
 * The load problems of a model file in the user's terms: {@code file:line:column: message}, with no Java class
 * names, object hashes or parser internals, on one line and of bounded length.
 */
final class LoadProblems {

    /** The most characters of one problem's message. */
    private static final int MAX_MESSAGE = 300;

    /** EMF appends "(uri, line, column)" to parser messages; we print the location ourselves, first. */
    private static final Pattern LOCATION_SUFFIX = Pattern.compile("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$");

    /** The XML parser's messages start with the exception's name and its ids, line and column. */
    private static final Pattern SAX_PREFIX = Pattern.compile("^org\\.xml\\.sax\\.SAXParseException.*?columnNumber: -?\\d+; ");

    /** A qualified exception class name in front of a message ({@code com.sun...MalformedByteSequenceException: }). */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[a-z]\\w*\\.)+([A-Z]\\w*(?:Exception|Error)):\\s*");

    private LoadProblems() {
    }

    /** One load error of {@code file} as a line to show. */
    static String describe(Path file, Resource.Diagnostic error) {
        if (error instanceof IllegalValueException illegal) {
            return place(file, error.getLine() > 0 ? error.getLine() : lineOf(file, illegal.getObject()),
                error.getColumn()) + wrongReference(illegal);
        }
        String message = error.getMessage() == null ? "the file cannot be read as a model" : error.getMessage();
        Matcher matcher = LOCATION_SUFFIX.matcher(message);
        if (matcher.find()) {
            message = message.substring(0, matcher.start());
        }
        message = SAX_PREFIX.matcher(message).replaceFirst("");
        return place(file, error.getLine(), error.getColumn()) + plain(message);
    }

    /** A message of an exception that has no place, in the user's terms. */
    static String plain(String message) {
        Matcher exception = EXCEPTION_PREFIX.matcher(message);
        String text = message;
        if (exception.find()) {
            text = exception.group(1).contains("MalformedByteSequence") || text.contains("UTF-8 sequence")
                ? "the file is not valid UTF-8 here (" + text.substring(exception.end()).strip()
                    + "); save it as UTF-8"
                : text.substring(exception.end());
        }
        String line = DisplayText.oneLine(text.strip());
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
    }

    private static String place(Path file, int line, int column) {
        return line > 0 ? file + ":" + line + ":" + Math.max(column, 1) + ": " : file + ": ";
    }

    /** "classifiedAs of area 'QS2' refers to 'QS1', an area; expected a classification group". */
    private static String wrongReference(IllegalValueException illegal) {
        EStructuralFeature feature = illegal.getFeature();
        String expected = feature == null ? "an element of another kind" : article(kind(feature.getEType().getName()));
        return (feature == null ? "a reference" : feature.getName()) + " of " + name(illegal.getObject())
            + " refers to " + name(illegal.getValue()) + "; expected " + expected;
    }

    private static String name(Object object) {
        if (object instanceof EObject element) {
            String kind = kind(element.eClass().getName());
            String id = element instanceof ModelElement modelElement ? modelElement.getId() : null;
            return id == null ? article(kind) : kind + " '" + DisplayText.quote(id) + "'";
        }
        return "'" + DisplayText.quote(String.valueOf(object)) + "'";
    }

    /** {@code ClassificationGroup} as a user reads it: {@code classification group}. */
    private static String kind(String className) {
        return className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    /** The line of {@code object}'s {@code id="..."} in the file, when EMF gave none (0 if not found). */
    private static int lineOf(Path file, EObject object) {
        if (!(object instanceof ModelElement element) || element.getId() == null) {
            return 0;
        }
        String needle = "id=\"" + element.getId() + "\"";
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the place is a help, not a need: the message still names the element
        }
        return 0;
    }
}
