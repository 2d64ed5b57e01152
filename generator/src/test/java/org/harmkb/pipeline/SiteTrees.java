package org.harmkb.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers for whole output trees and throwaway content folders. */
public final class SiteTrees {

    private SiteTrees() {
    }

    /** Relative path → SHA-256 of every file under {@code root}, sorted. Empty when root does not exist. */
    public static Map<String, String> digest(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a site: config at {@code dir/site-config.yaml}, pages under {@code dir/content}, using the repo theme. */
    public static Path writeSite(Path dir, Map<String, String> pages) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("site-config.yaml"), "title: \"Test\"\ndescription: \"Test site\"\n"
                + "base_url: \"https://example.org/\"\ntheme_dir: \"" + Path.of("theme").toAbsolutePath() + "\"\n");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve("content").resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
        }
        return dir.resolve("site-config.yaml");
    }

    public static String page(String title, String body) {
        return "---\ntitle: \"" + title + "\"\ndescription: \"About " + title + ".\"\n---\n" + body;
    }
}
