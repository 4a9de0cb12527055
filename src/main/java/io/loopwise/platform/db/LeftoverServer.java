package io.loopwise.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds and stops a PostgreSQL server that a killed Loopwise left running on its data directory.
 *
 * <p>PostgreSQL outlives a JVM that dies without its shutdown hooks (SIGKILL, an OOM kill): its postmaster keeps
 * the data directory, and the next start would fail. Such a server is recognised by three facts together: the data
 * directory's {@code postmaster.pid} names a live process, that process is a {@code postgres} serving this very
 * directory, and zonky's {@code epg-lock} in the directory is free, so no living Loopwise owns the server.
 * It is then asked to shut down (SIGTERM: its clients died with the old JVM) before the new server starts.
 */
final class LeftoverServer {

    static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private LeftoverServer() {
    }

    /** Stops the server left running on {@code dataDir}, if there is one and nobody owns it; otherwise does nothing. */
    static void stopIfAbandoned(Path dataDir) {
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(ZONKY_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // another process's Loopwise owns the server; the start will say so
            }
            stop(postmaster.get(), dataDir);
        } catch (OverlappingFileLockException e) {
            // a server started by this JVM owns it; the start will say so
        } catch (IOException e) {
            throw new EmbeddedDatabase.StartFailure("cannot check whether a PostgreSQL left running by a previous "
                    + "Loopwise holds " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDir) {
        System.out.printf("loopwise: stopping the embedded PostgreSQL (pid %d) that a previous Loopwise left running "
                + "on %s%n", postmaster.pid(), dataDir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new EmbeddedDatabase.StartFailure("the PostgreSQL (pid " + postmaster.pid() + ") left running on "
                    + dataDir + " by a previous Loopwise did not stop within " + SHUTDOWN_WAIT.toSeconds()
                    + " s; stop it by hand (kill " + postmaster.pid() + ") and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabase.StartFailure("interrupted while stopping a leftover PostgreSQL", e);
        }
    }

    /** The live postgres process that {@code postmaster.pid} names for this directory, if any. */
    static Optional<ProcessHandle> runningPostmaster(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: leave it to PostgreSQL's own check and message
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, dataDir));
    }

    /** A recycled pid must not get a stranger killed: the process must be postgres, run with {@code -D dataDir}. */
    private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
                .filter("postgres"::equals).isPresent();
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; postgres && i + 1 < arguments.length; i++) {
            if ("-D".equals(arguments[i]) && sameFile(Path.of(arguments[i + 1]), dataDir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
