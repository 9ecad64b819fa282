package nl.triade.bench.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine the figures were measured on, for the table's heading: processors, CPU model, memory, JDK. */
final class Machine {
    private Machine() {
    }

    static String describe() throws IOException {
        return String.format(Locale.ROOT, "%d processors (%s), %.1f GiB memory, %s %s", Runtime.getRuntime().availableProcessors(),
                field("/proc/cpuinfo", "model name"), Long.parseLong(field("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", ""))
                        / 1024.0 / 1024.0, System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
    }

    /** The load averages over 1, 5 and 15 minutes: how much else ran on the machine (other builds share these cores). */
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return fields[0] + " / " + fields[1] + " / " + fields[2];
    }

    private static String field(String file, String name) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(name)).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
    }
}
