package org.harmkb.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.SourcePaths;

/**
 * Decides whether a build may delete and replace an output folder. Every writer that replaces or changes
 * the output ({@link SiteWriter}, {@link SiteUpdater}) opens only with an allowed {@link OutputFolderCheck}.
 *
 * <p>Two rules, checked on real paths (symbolic links of the existing part resolved, {@code ..} folded):
 * <ol>
 * <li>The folder is never, contains, nor sits inside the content or theme folder; it is never, nor contains,
 * the folder holding the config file, the file system's root or the user's home. Nothing overrides this.</li>
 * <li>An existing folder is replaced only if the generator made it: it carries the {@link #MARKER} file
 * every build writes, or is empty. A file, or a folder of other files, is refused unless
 * {@link Request#force()}. The same holds for the staging and previous folders the swap uses beside it.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class OutputFolderGuard {

    /** The file every build writes at the output's root, so a later build knows it may replace the folder. */
    public static final String MARKER = ".kb-site";

    /** The marker's bytes: fixed, so builds stay byte-identical, and harmless when published. */
    static final byte[] MARKER_TEXT = ("This folder was made by the knowledge base generator (kb). Every build replaces it,\n"
            + "so keep nothing else here.\n").getBytes(StandardCharsets.UTF_8);

    private OutputFolderGuard() {
    }

    /**
     * Where the output folder's name came from, for the refusal's place and wording.
     *
     * @param name    {@code --out} or {@code output_dir}
     * @param written the value as the author wrote it
     * @param file    the config file's display path for {@code output_dir}; {@code "command line"} for {@code --out}
     * @param line    1-based line of the value in {@code file}; 0 on the command line
     */
    public record Option(String name, String written, String file, int line, int column) {

        public Option {
            Objects.requireNonNull(name);
            Objects.requireNonNull(written);
            Objects.requireNonNull(file);
        }

        public static Option flag(String written) {
            return new Option("--out", written, "command line", 0, 0);
        }

        public static Option config(String configFile, String written, int line, int column) {
            return new Option("output_dir", written, configFile, line, column);
        }
    }

    /**
     * One question to the guard.
     *
     * @param output     the output folder as the build will write it (relative to the working directory or absolute)
     * @param contentDir the content folder
     * @param themeDir   the theme folder
     * @param configFile the config file; its folder is protected
     * @param home       the user's home folder ({@code user.home}); tests pass a temporary one
     * @param force      {@code --force}: replace a folder without the marker (rule 2 only)
     */
    public record Request(Path output, Option option, Path contentDir, Path themeDir, Path configFile, Path home,
            boolean force) {

        public Request {
            Objects.requireNonNull(output);
            Objects.requireNonNull(option);
            Objects.requireNonNull(contentDir);
            Objects.requireNonNull(themeDir);
            Objects.requireNonNull(configFile);
            Objects.requireNonNull(home);
        }
    }

    /** Applies both rules; the first broken one is the refusal. Reads the file system but never changes it. */
    public static OutputFolderCheck check(Request request) {
        Path folder = request.output().toAbsolutePath().normalize();
        Optional<Diagnostic> clash = protectedFolderClash(request);
        if (clash.isPresent()) {
            return new OutputFolderCheck(folder, clash, OutputFolderCheck.Rule.PROTECTED_FOLDER);
        }
        if (!request.force()) {
            Optional<Diagnostic> foreign = foreignFiles(request, folder);
            if (foreign.isPresent()) {
                return new OutputFolderCheck(folder, foreign, OutputFolderCheck.Rule.NOT_GENERATED);
            }
        }
        return OutputFolderCheck.allowed(folder);
    }

    /** The folder a build stages its files in, beside the output: {@code .public.staging} for {@code public}. */
    static Path staging(Path folder) {
        return sibling(folder, ".staging");
    }

    /** Where the previous output waits during the swap: {@code .public.previous} for {@code public}. */
    static Path previous(Path folder) {
        return sibling(folder, ".previous");
    }

    private static Path sibling(Path folder, String suffix) {
        return folder.resolveSibling("." + folder.getFileName() + suffix);
    }

    private record Kept(Path folder, String name) {
    }

    private static Optional<Diagnostic> protectedFolderClash(Request request) {
        Path out = realPath(request.output());
        if (out.getParent() == null) {
            return refuse(request, "is the root of the file system");
        }
        Path home = realPath(request.home());
        if (home.startsWith(out)) {
            return refuse(request, out.equals(home) ? "is your home folder" : "contains your home folder " + home);
        }
        Path configFolder = request.configFile().toAbsolutePath().normalize().getParent();
        List<Kept> inside = List.of(new Kept(realPath(request.contentDir()), "the content folder " + display(request.contentDir()) + "/"),
                new Kept(realPath(request.themeDir()), "the theme folder " + display(request.themeDir()) + "/"));
        for (Kept kept : inside) {
            if (out.equals(kept.folder())) {
                return refuse(request, "is " + kept.name());
            }
            if (kept.folder().startsWith(out)) {
                return refuse(request, "contains " + kept.name());
            }
            if (out.startsWith(kept.folder())) {
                return refuse(request, "sits inside " + kept.name());
            }
        }
        Path config = realPath(configFolder);
        if (config.startsWith(out)) {
            String name = "the folder holding " + display(request.configFile());
            return refuse(request, (out.equals(config) ? "is " : "contains ") + name);
        }
        return Optional.empty();
    }

    private static Optional<Diagnostic> refuse(Request request, String clash) {
        Option option = request.option();
        return Optional.of(Diagnostic.error(option.file(), option.line(), option.column(),
                option.name() + " " + option.written() + " " + clash + "; the build deletes the output folder and all it holds",
                "choose a separate folder outside " + display(request.contentDir()) + "/ and " + display(request.themeDir())
                        + "/ that holds none of your files, e.g. public/"));
    }

    private static Optional<Diagnostic> foreignFiles(Request request, Path folder) {
        Option option = request.option();
        String what = option.name() + " " + option.written();
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            return Optional.of(Diagnostic.error(option.file(), option.line(), option.column(),
                    what + " is a file, not a folder the generator made; the build would replace it",
                    "choose a new folder, e.g. public/; or, if the file may go, add --force"));
        }
        for (Path dir : List.of(folder, staging(folder), previous(folder))) {
            if (!madeByTheGenerator(dir)) {
                String which = dir.equals(folder) ? what : what + ": the folder beside it, " + display(dir) + ",";
                return Optional.of(Diagnostic.error(option.file(), option.line(), option.column(),
                        which + " holds files the generator did not make (it has no " + MARKER
                                + " marker); the build would delete them",
                        "choose a new or empty folder, e.g. public/; or, if everything in it may go, add --force"));
            }
        }
        return Optional.empty();
    }

    /** Absent, empty, or marked; anything else (a file, a folder of other files) was not made by a build. */
    private static boolean madeByTheGenerator(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve(MARKER))) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the marker into a folder a build is about to publish. */
    static void mark(Path folder) {
        try {
            Files.write(folder.resolve(MARKER), MARKER_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(MARKER), e);
        }
    }

    /**
     * The path with {@code ..} folded and the symbolic links of its longest existing prefix resolved, so a
     * link to the content folder, or {@code content/../content}, compares equal to the content folder.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            for (Path name : missing) {
                real = real.resolve(name.toString());
            }
            return real;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String display(Path path) {
        return SourcePaths.display(path);
    }
}
