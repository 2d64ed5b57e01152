package org.harmkb.lint;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Headings must go down one level at a time (screen-reader users navigate by them and a jump looks like
 * missing content), and the page title is the only level-1 heading, so sections start at {@code ##}.
 */
public final class HeadingLevelLint implements Lint {

    @Override
    public String name() {
        return "heading-levels";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        int previous = 1;
        for (Node node : page.nodes()) {
            if (!(node instanceof Heading heading)) {
                continue;
            }
            int level = heading.getLevel();
            if (level == 1) {
                findings.warning(heading.getStartOffset(), "a second level-1 heading: the page title is already the page's only '#' heading",
                        "start sections at '## " + heading.getText().toString().strip() + "'");
            } else if (level > previous + 1) {
                findings.warning(heading.getStartOffset(), "heading level skips from " + previous + " to " + level,
                        "use '" + "#".repeat(previous + 1) + " " + heading.getText().toString().strip()
                                + "', or add the missing level-" + (previous + 1) + " heading above it");
            }
            previous = Math.max(level, 1);
        }
    }
}
