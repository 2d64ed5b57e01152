package org.harmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output folders for the writers' tests, passed through the real {@link OutputFolderGuard}. */
final class OutputFolders {

    private OutputFolders() {
    }

    /** The guard's verdict on {@code out}, with content, theme, config and home in a folder beside it; must be allowed. */
    static OutputFolderCheck allowed(Path out) {
        Path sources = out.toAbsolutePath().getParent().resolve("sources");
        OutputFolderCheck check = OutputFolderGuard.check(new OutputFolderGuard.Request(out,
                OutputFolderGuard.Option.flag(out.toString()), sources.resolve("content"), sources.resolve("theme"),
                sources.resolve("site-config.yaml"), sources.resolve("home"), false));
        assertThat(check.refusal()).isEmpty();
        return check;
    }

    /** Marks {@code folder} as a previous build's, as every build does. */
    static Path marked(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve(OutputFolderGuard.MARKER), OutputFolderGuard.MARKER_TEXT);
        return folder;
    }
}
