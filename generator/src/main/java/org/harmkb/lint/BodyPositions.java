package org.harmkb.lint;

import java.util.ArrayList;
import java.util.List;
import org.harmkb.content.Position;
import org.harmkb.content.SourcePage;

/** Maps offsets in a page's markdown body to 1-based lines and columns of the whole file. */
final class BodyPositions {

    private final int[] lineStarts;
    private final int bodyLine;

    BodyPositions(SourcePage page) {
        String body = page.body();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.bodyLine = page.bodyLine();
    }

    Position of(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new Position(bodyLine + low, offset - lineStarts[low] + 1);
    }
}
