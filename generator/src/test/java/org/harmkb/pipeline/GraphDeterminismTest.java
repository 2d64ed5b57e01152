package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related articles are queried in parallel and every page reads the graph in parallel; two builds of the
 * same content must still write byte-identical sites.
 */
class GraphDeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheGraphScenariosAreByteIdentical() throws IOException {
        for (String scenario : new String[] {"related-articles", "glossary", "backlinks", "learning-paths"}) {
            Path first = temp.resolve(scenario + "-1");
            Path second = temp.resolve(scenario + "-2");
            GoldenSites.build(GoldenSites.ROOT.resolve(scenario), first);
            GoldenSites.build(GoldenSites.ROOT.resolve(scenario), second);
            Map<String, String> a = tree(first);
            assertThat(a).as(scenario).isNotEmpty();
            assertThat(tree(second)).as(scenario).isEqualTo(a);
        }
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
