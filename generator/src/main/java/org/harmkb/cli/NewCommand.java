package org.harmkb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.harmkb.config.ConfigLoader;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.Slugs;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.SourcePaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kb new "Title" [--dir folder]}: writes {@code content/folder/title-slug.md} with front matter that
 * is valid except for its empty description, which {@code check} reports until the author writes one.
 * Never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Starts a new article with its front matter filled in. Never overwrites an existing file.")
final class NewCommand implements Callable<Integer> {

    /** How long until an article is due for review. */
    static final int REVIEW_MONTHS = 12;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's title, e.g. \"Asking for a different approach\".")
    String title;

    @Option(names = "--dir", paramLabel = "FOLDER",
            description = "Folder under the content folder, e.g. your-rights (default: the content folder itself).")
    String dir;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ${DEFAULT-VALUE}).",
            defaultValue = "site-config.yaml")
    Path config;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: content_dir from the config).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String cleanTitle = title.replaceAll("\\p{Cntrl}", " ").strip();
        String slug = Slugs.words(cleanTitle);
        if (slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the title needs at least one letter or digit to make a file name from");
        }
        Optional<Path> folder = folder(err);
        if (folder.isEmpty()) {
            return Main.EXIT_CONTENT_ERRORS;
        }
        Path file = folder.get().resolve(slug + ".md");
        LocalDate today = LocalDate.now();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, frontMatter(cleanTitle, today), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println(Diagnostic.error(SourcePaths.display(file), 0, 0, "this file already exists; nothing was written",
                    "choose a different title, or edit the existing file").format());
            err.flush();
            return Main.EXIT_CONTENT_ERRORS;
        } catch (IOException e) {
            err.println(Diagnostic.error(SourcePaths.display(file), 0, 0, "cannot write the new article: " + e.getMessage(),
                    "check the folder exists and is writable").format());
            err.flush();
            return Main.EXIT_CONTENT_ERRORS;
        }
        out.println("Created " + SourcePaths.display(file));
        out.println("Next: write its description (check reports it until you do), then the article.");
        out.flush();
        return Main.EXIT_OK;
    }

    /** The folder to write into: the content folder, or {@code --dir} inside it. Refuses to leave it. */
    private Optional<Path> folder(PrintWriter err) {
        Path root;
        if (content != null) {
            root = content.toAbsolutePath().normalize();
        } else {
            Diagnostics diagnostics = new Diagnostics();
            Optional<SiteConfig> loaded = ConfigLoader.load(config, diagnostics);
            if (loaded.isEmpty()) {
                diagnostics.sorted().forEach(d -> err.println(d.format()));
                err.flush();
                return Optional.empty();
            }
            root = loaded.get().contentDir();
        }
        if (dir == null || dir.isBlank()) {
            return Optional.of(root);
        }
        String relative = dir.replace('\\', '/').replaceAll("^/+|/+$", "");
        for (String part : relative.split("/")) {
            // The content loader skips every file or folder whose name starts with _ or . (so .git and ..).
            if (part.isEmpty() || part.startsWith(".") || part.startsWith("_")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--dir must be a folder inside the content folder"
                        + " whose name does not start with _ or . (those are ignored): " + dir);
            }
        }
        return Optional.of(root.resolve(relative).normalize());
    }

    static String frontMatter(String title, LocalDate today) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "---\n"
                + "title: " + quoted + "\n"
                + "description: \"\"  # one plain sentence: what will a reader learn here? check reports this until it is filled in\n"
                + "tags: []\n"
                + "date: " + today + "\n"
                + "last_reviewed: " + today + "\n"
                + "next_review: " + today.plusMonths(REVIEW_MONTHS) + "\n"
                + "---\n"
                + "\n"
                + "## A first heading\n"
                + "\n"
                + "Write the article here. Short sentences and plain words first help every reader.\n";
    }
}
