package org.framewright.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.framewright.io.DataFileException;

/**
 * A data file's bytes and what they are: an XLSX workbook (a ZIP container) or text. Text is decoded as UTF-8
 * (a byte order mark is dropped; UTF-16 with a byte order mark is read too), falling back to Windows-1252 when it
 * is not valid UTF-8. Anything else (binary content, old .xls workbooks, empty files) is a {@link DataFileException}.
 */
public final class SourceFile {

    /** The largest data file read; more is refused up front (a CSV takes a few times its size in memory). */
    public static final long MAX_TEXT_BYTES = 256L * 1024 * 1024;

    /** The largest workbook read: POI holds a workbook in memory at many times its compressed size. */
    public static final long MAX_WORKBOOK_BYTES = 32L * 1024 * 1024;

    private static final int SNIFFED_CHARS = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path path;
    private final byte[] bytes;
    private final boolean workbook;
    private String text;
    private boolean windows1252;

    private SourceFile(Path path, byte[] bytes, boolean workbook) {
        this.path = path;
        this.bytes = bytes;
        this.workbook = workbook;
    }

    /** Reads {@code path} and tells what it holds. */
    public static SourceFile open(Path path) throws DataFileException {
        if (!Files.exists(path)) {
            throw new DataFileException(path, Messages.noSuchFile());
        }
        if (!Files.isRegularFile(path)) {
            throw new DataFileException(path, Messages.notRegularFile());
        }
        byte[] bytes;
        try {
            refuseIfTooLarge(path);
            bytes = Files.readAllBytes(path);
        } catch (DataFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new DataFileException(path, Messages.noSuchFile(), e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(path, Messages.notReadable(), e);
        } catch (IOException | OutOfMemoryError e) {
            throw new DataFileException(path, Messages.cannotRead(String.valueOf(e.getMessage())), e);
        }
        return of(path, bytes);
    }

    /** Refuses a file above {@link #MAX_TEXT_BYTES}, or a workbook above {@link #MAX_WORKBOOK_BYTES}, by its size. */
    private static void refuseIfTooLarge(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_TEXT_BYTES) {
            throw new DataFileException(path, Messages.tooLarge(size, MAX_TEXT_BYTES, "data file"));
        }
        if (size > MAX_WORKBOOK_BYTES) {
            try (var in = Files.newInputStream(path)) {
                byte[] start = in.readNBytes(4);
                if (startsWith(start, 0x50, 0x4B)) {
                    throw new DataFileException(path, Messages.tooLarge(size, MAX_WORKBOOK_BYTES, "XLSX workbook"));
                }
            }
        }
    }

    /** Tells what {@code bytes}, the content of {@code path}, hold. */
    public static SourceFile of(Path path, byte[] bytes) throws DataFileException {
        if (bytes.length == 0) {
            throw new DataFileException(path, Messages.emptyFile());
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
            return new SourceFile(path, bytes, true);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new DataFileException(path, Messages.oldExcel());
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new DataFileException(path, Messages.xlsxNameWithoutZip());
        }
        SourceFile source = new SourceFile(path, bytes, false);
        source.decode();
        return source;
    }

    public Path path() {
        return path;
    }

    /** The raw bytes (for workbooks). */
    public byte[] bytes() {
        return bytes;
    }

    /** Whether the file is a ZIP container, i.e. (supposedly) an XLSX workbook. */
    public boolean isWorkbook() {
        return workbook;
    }

    /** The decoded text of a text file, without byte order mark. */
    public String text() {
        return text;
    }

    /** Whether the text was not UTF-8 and was read as Windows-1252. */
    public boolean readAsWindows1252() {
        return windows1252;
    }

    private void decode() throws DataFileException {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        } else {
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
                windows1252 = true;
            }
        }
        int limit = Math.min(text.length(), SNIFFED_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                int lineStart = text.lastIndexOf('\n', i) + 1;
                long line = text.substring(0, lineStart).chars().filter(ch -> ch == '\n').count() + 1;
                throw new DataFileException(path, line, i - lineStart + 1L, Messages.binaryContent(c));
            }
        }
        if (text.isBlank()) {
            throw new DataFileException(path, Messages.emptyFile());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
