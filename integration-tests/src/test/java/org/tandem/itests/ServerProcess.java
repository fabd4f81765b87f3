package org.tandem.itests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The executable server jar in its own JVM, started the way the start script starts it. */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    final int port;

    ServerProcess(Path conf, int port, Map<String, String> env) throws IOException {
        this.port = port;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                "-Djava.util.logging.config.file=" + conf.resolve("logging.properties"),
                "-Dorg.osgi.service.http.port=" + port, "-Dorg.apache.felix.http.host=127.0.0.1",
                "-Dfelix.fileinstall.dir=" + conf));
        // extra JVM options for the server (a harness's -Dtandem.server.jvm="-Xlog:gc:gc.log", say)
        String extra = System.getProperty("tandem.server.jvm", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", System.getProperty("tandem.serverjar")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(conf.toFile());
        builder.environment().putAll(env);
        process = builder.start();
        // whatever happens to the test, the server must not outlive the test JVM
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-server-" + port));
        Thread reader = new Thread(this::drain, "server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The server's process id (its CPU time is read from /proc by the benchmarks). */
    long pid() {
        return process.pid();
    }

    private void drain() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.add(line);
            }
        } catch (IOException ended) {
            // the process is gone
        }
    }

    /** Waits for the line the administrator is told to look for. */
    String awaitReadyLine() throws InterruptedException {
        try {
            // the server itself gives up and says so after 120 s (tandem.ready.timeout); a loaded CI machine
            // has taken more than 45 s for a start that takes 6 s alone
            Waits.until("the server prints that it is ready", 130, () -> readyLine() != null || !process.isAlive());
        } catch (AssertionError e) {
            boolean hangs = process.isAlive() && e.getMessage().startsWith("Timed out");
            throw new AssertionError(e.getMessage() + "; it printed:\n" + String.join("\n", output)
                    + (hangs ? "\nIts threads:\n" + threadDump() : ""), e);
        }
        if (readyLine() == null) {
            throw new AssertionError("The server stopped before it was ready:\n" + String.join("\n", output));
        }
        return readyLine();
    }

    /** What each of the server's threads is doing (jcmd Thread.print), to see where a start hangs. */
    private String threadDump() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return dump;
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e + ")";
        }
    }

    private String readyLine() {
        return output.stream().filter(l -> l.startsWith("Tandem is ready at ")).findFirst().orElse(null);
    }

    boolean printed(String text) {
        return output.stream().anyMatch(l -> l.contains(text));
    }

    String output() {
        return String.join("\n", output);
    }

    /** Ends the JVM at once, as {@code kill -9} does: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
