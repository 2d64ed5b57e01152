package org.harmkb.output;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.harmkb.content.StaticFile;
import org.harmkb.output.OutputState.RenderedFrom;

/**
 * The keep-or-write decisions of one build: a page whose template and model equal those its file on disk
 * was rendered from, and a static file whose source stamp is unchanged, is kept rather than rendered or
 * copied again. Without a {@code previous} state (every {@code build}) everything is written.
 * {@link #page} is thread-safe; {@link #staticFile} is called from one thread.
 */
public final class IncrementalOutput {

    private final SiteOutput output;
    private final Optional<OutputState> previous;
    private final boolean remember;
    private final Map<String, RenderedFrom> rendered;
    private final Map<String, FileStamp> copied = new HashMap<>();

    /**
     * @param previous what the last build of a session left in the folder {@code output} writes to
     * @param remember whether to record what this build wrote, for {@link #state} ({@code serve} does)
     * @param pages    about how many pages will be written, to size the record
     */
    public IncrementalOutput(SiteOutput output, Optional<OutputState> previous, boolean remember, int pages) {
        this.output = output;
        this.previous = previous;
        this.remember = remember;
        this.rendered = new ConcurrentHashMap<>(2 * pages);
    }

    /** Writes the page at {@code url}, or keeps its file when it was rendered from an equal template and model. */
    public void page(String url, RenderedFrom from, Supplier<Optional<String>> render) {
        if (previous.isPresent() && from.equals(previous.get().models().get(url))) {
            output.keep(url);
            rendered.put(url, from);
            return;
        }
        render.get().ifPresent(html -> {
            output.write(url, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (remember) {
                rendered.put(url, from);
            }
        });
    }

    /** Copies a static file, or keeps it when its source's stamp equals the one it had when last copied. */
    public void staticFile(StaticFile file) {
        Optional<FileStamp> stamp = FileStamp.of(file.file());
        if (stamp.isPresent() && previous.isPresent() && stamp.get().equals(previous.get().copied().get(file.sitePath()))) {
            output.keep(file.sitePath());
        } else {
            output.copy(file.file(), file.sitePath());
        }
        stamp.filter(s -> s.settledBefore(System.currentTimeMillis())).ifPresent(s -> copied.put(file.sitePath(), s));
    }

    /** What the folder holds once {@code output} is committed, for the next build of the session. */
    public OutputState state(Path outputDir) {
        return new OutputState(outputDir, output.files(), rendered, copied);
    }
}
