package org.harmkb.output;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.harmkb.template.PageModel;

/**
 * What the last successful build of a session left in the output folder: its files, the template model
 * each page was rendered from, and the stamp of each static file's source when it was copied. A later
 * build keeps a page whose model is equal, and a static file whose source stamp is equal, without
 * rendering or copying it again.
 *
 * @param files  relative files in the folder, as {@link SiteOutput#relativeFile} gives them
 * @param models site path → the template and model the page's file was rendered from
 * @param copied site path → the source's stamp when it was copied
 */
public record OutputState(Path outputDir, Set<String> files, Map<String, RenderedFrom> models, Map<String, FileStamp> copied) {

    /** The caller hands over {@code models} and must not change it afterwards (copying 10,000 entries per rebuild adds up). */
    public OutputState {
        files = Set.copyOf(files);
        models = java.util.Collections.unmodifiableMap(models);
        copied = Map.copyOf(copied);
    }

    /** What a page's file was rendered from: rendering is a pure function of the two while config and theme are unchanged. */
    public record RenderedFrom(String template, PageModel model) {
    }
}
