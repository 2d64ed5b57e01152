package org.harmkb.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that stops at the first list or map nested deeper than a limit. SnakeYAML Engine composes nodes
 * recursively and has no depth limit, so thousands of {@code [} would overflow the stack; its event parser does
 * not recurse, and this one stops it before a composer reading its events recurses past the limit. So a document
 * is parsed once, depth limit included.
 */
final class DepthLimitedParser implements Parser {

    /** Thrown by {@link #next()} at the first collection nested deeper than the limit. */
    static final class TooDeep extends RuntimeException {
        private final transient Mark mark;

        TooDeep(Mark mark) {
            super(null, null, false, false);
            this.mark = mark;
        }

        /** Where the collection starts, if the parser knew. */
        Optional<Mark> mark() {
            return Optional.ofNullable(mark);
        }
    }

    private final Parser parser;
    private final int limit;
    private int depth;

    DepthLimitedParser(Parser parser, int limit) {
        this.parser = parser;
        this.limit = limit;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        if (event instanceof CollectionStartEvent) {
            depth++;
            if (depth > limit) {
                throw new TooDeep(event.getStartMark().orElse(null));
            }
        } else if (event instanceof CollectionEndEvent) {
            depth--;
        }
        return event;
    }
}
