package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium ({@code /usr/bin/chromium}, apt package {@code chromium}) run headless on a local file: the
 * rendered DOM, the console messages (logged to stderr), or a screenshot. Fails, never skips, when it is missing.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** What one run printed: the DOM (for --dump-dom) and the console lines of stderr. */
    record Run(String dom, List<String> consoleLines) {
    }

    private HeadlessChromium() {
    }

    /** Renders {@code page} and returns its DOM after load, with every console message. */
    static Run dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        return run(profile, List.of("--dump-dom", page.toUri().toString()));
    }

    /** Renders {@code page} into {@code png}, 1280 pixels wide. */
    static Run screenshot(Path page, Path png, Path profile) throws IOException, InterruptedException {
        return run(profile, List.of("--screenshot=" + png, "--window-size=1280,2400", "--hide-scrollbars",
            page.toUri().toString()));
    }

    private static Run run(Path profile, List<String> arguments) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is needed at " + CHROMIUM
            + " (apt-get install chromium; .ci/run installs it)");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        command.addAll(arguments);
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .start();
        // a guard against a hung browser, not a performance assertion
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + command);
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + read(err));
        List<String> console = read(err).lines().filter(line -> line.contains(":CONSOLE")).toList();
        return new Run(read(out), console);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
