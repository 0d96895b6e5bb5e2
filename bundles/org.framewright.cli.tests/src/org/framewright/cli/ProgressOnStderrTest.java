package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.framewright.cli.commands.ProgressOnStderr;
import org.junit.jupiter.api.Test;

/** Long simulations report progress with an estimate of the time left; short ones stay quiet (issue 10, point 6). */
class ProgressOnStderrTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineEveryFewSecondsWithTheShareDoneAndTheTimeLeft() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressOnStderr progress = new ProgressOnStderr(err, "simulate: draws", now::get);

        now.set(1 * SECOND);
        progress.progress(100, 1000); // too early: quiet
        now.set(4 * SECOND);
        progress.progress(250, 1000); // 25 % in 4 s: 12 s left
        now.set(5 * SECOND);
        progress.progress(300, 1000); // within the interval: quiet
        now.set(200 * SECOND);
        progress.progress(500, 1000); // 50 % in 200 s: 200 s left
        progress.progress(1000, 1000); // done: quiet

        assertEquals(List.of("simulate: 25% of 1000 draws, about 12 s left",
            "simulate: 50% of 1000 draws, about 3 min 20 s left"), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
