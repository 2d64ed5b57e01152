package org.harmkb.link;

import java.util.Optional;
import org.harmkb.content.SourcePage;

/** Where one page stands in its learning path: part {@code part} (1-based) of {@code path.parts().size()}. */
public record SeriesPlace(LearningPath path, int part) {

    public int total() {
        return path.parts().size();
    }

    public Optional<SourcePage> previous() {
        return part > 1 ? Optional.of(path.parts().get(part - 2)) : Optional.empty();
    }

    public Optional<SourcePage> next() {
        return part < total() ? Optional.of(path.parts().get(part)) : Optional.empty();
    }
}
