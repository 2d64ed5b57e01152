package org.harmkb.output;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.harmkb.diagnostic.Diagnostic;

/**
 * The {@link OutputFolderGuard}'s verdict on one output folder. Only an allowed check opens a
 * {@link SiteWriter} or {@link SiteUpdater}, so no code can replace a folder the guard has not seen.
 *
 * @param folder  the output folder, absolute and normalised (where the build writes)
 * @param refusal why the folder may not be replaced; empty when it may
 * @param rule    which rule refused it; {@link Rule#NONE} when allowed
 */
public record OutputFolderCheck(Path folder, Optional<Diagnostic> refusal, Rule rule) {

    /** The rules a folder can break, in the order they are checked. */
    public enum Rule {
        /** Nothing broken: the folder is new, empty, or carries the generator's marker. */
        NONE,
        /** It is, contains or sits inside a folder the author keeps: content, theme, the config's folder, root, home. */
        PROTECTED_FOLDER,
        /** It holds files the generator did not make (no marker), or is a file; {@code --force} overrides this. */
        NOT_GENERATED
    }

    public OutputFolderCheck {
        Objects.requireNonNull(folder);
        Objects.requireNonNull(refusal);
        Objects.requireNonNull(rule);
        if (refusal.isPresent() == (rule == Rule.NONE)) {
            throw new IllegalArgumentException("a refusal needs a rule and an allowed folder none");
        }
    }

    static OutputFolderCheck allowed(Path folder) {
        return new OutputFolderCheck(folder, Optional.empty(), Rule.NONE);
    }

    public boolean allowed() {
        return rule == Rule.NONE;
    }

    /** The folder, for the writers; throws when the guard refused it, which is a bug in the caller. */
    Path folderToReplace() {
        if (!allowed()) {
            throw new IllegalStateException("the output folder guard refused " + folder + ": " + refusal.get().message());
        }
        return folder;
    }
}
