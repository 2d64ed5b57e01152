package org.harmkb.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.harmkb.content.LineIndex;
import org.harmkb.content.SourcePage;
import org.harmkb.diagnostic.Diagnostics;

/**
 * Turns {@link SourcePage}s into {@link RenderedPage}s with Flexmark: CommonMark plus GFM tables,
 * strikethrough, autolinks, footnotes and GitHub-style heading ids. Thread-safe: one instance renders
 * all pages of a build in parallel.
 */
public final class MarkdownRenderer {

    /** Deeper block or inline nesting than this is reported instead of rendered (Flexmark renders recursively). */
    public static final int MAX_NESTING = 64;

    /** The extensions every build uses; {@link LinearInlineParsing} keeps parsing time linear. */
    public static final MarkdownExtension CORE = () -> List.of(
            LinearInlineParsing.create(), TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
            FootnoteExtension.create(), PlainTextRendering.create());

    /** The page being rendered, set on each document so extensions' renderers can see where they are. */
    public static final NullableDataKey<SourcePage> SOURCE_PAGE = new NullableDataKey<>("HARMKB_SOURCE_PAGE");

    /** Curly quotes, dashes and ellipses; off unless asked for. */
    public static final MarkdownExtension TYPOGRAPHIC = () -> List.of(TypographicExtension.create());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final MutableDataSet options;
    /** Resolves wikilinks for the text around links; null without the wikilink extension. */
    private final WikiLinkResolver wikiLinks;
    private final Set<String> templateIds;
    private final List<MarkdownExtension> extensions;

    public MarkdownRenderer(List<MarkdownExtension> extensions) {
        this(extensions, Set.of());
    }

    /** @param templateIds ids the theme's templates use, which no heading may take ({@link HeadingIds}) */
    public MarkdownRenderer(List<MarkdownExtension> extensions, Set<String> templateIds) {
        this.templateIds = Set.copyOf(templateIds);
        this.extensions = List.copyOf(extensions);
        List<Extension> flexmark = new ArrayList<>();
        extensions.forEach(e -> flexmark.addAll(e.flexmarkExtensions()));
        wikiLinks = extensions.stream().filter(WikiLinkExtension.class::isInstance).map(e -> ((WikiLinkExtension) e).resolver())
                .findFirst().orElse(null);
        options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, flexmark);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // HeadingIds makes them unique, with the theme's ids taken too.
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, false);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders one page, or reports why it cannot be rendered and returns empty. */
    public Optional<RenderedPage> render(SourcePage page, Diagnostics diagnostics) {
        return renderTree(page, diagnostics).map(Rendering::page);
    }

    /**
     * A rendered page with the syntax tree it was rendered from, for stages that read the markdown's structure
     * (the lints) without parsing it again. The tree must only be read; keep it no longer than the page's
     * own work needs it (a tree weighs many times its page).
     */
    public record Rendering(RenderedPage page, Document tree) {
    }

    /** Renders one page and keeps its syntax tree, or reports why it cannot be rendered and returns empty. */
    public Optional<Rendering> renderTree(SourcePage page, Diagnostics diagnostics) {
        Optional<NestingGuard.Violation> prefix = NestingGuard.firstViolation(page.body(), MAX_NESTING);
        if (prefix.isPresent()) {
            reportTooDeep(page, page.bodyLine() + prefix.get().line() - 1, prefix.get().column(), diagnostics);
            return Optional.empty();
        }
        Optional<NestingGuard.Violation> openTags = OpenHtmlTagGuard.firstViolation(page.body(), OpenHtmlTagGuard.MAX_OPEN_TAGS);
        if (openTags.isPresent()) {
            diagnostics.error(page.displayPath(), page.bodyLine() + openTags.get().line() - 1, openTags.get().column(),
                    "more than " + OpenHtmlTagGuard.MAX_OPEN_TAGS + " HTML tags are left open by here",
                    "close each tag you open (<span> … </span>), or write the page in markdown; this many open tags takes minutes to build");
            return Optional.empty();
        }
        int elementLimit = ElementCountGuard.limitFor(page.body());
        Optional<NestingGuard.Violation> elements = ElementCountGuard.firstViolation(page.body(), elementLimit);
        if (elements.isPresent()) {
            diagnostics.error(page.displayPath(), page.bodyLine() + elements.get().line() - 1, elements.get().column(),
                    "more than " + elementLimit + " markdown elements (headings, list items, table cells, links,"
                            + " tags, entities) by here",
                    "split the page into several; a real article has a few hundred, and this many take minutes to build");
            return Optional.empty();
        }
        try {
            return render(page, parser.parse(page.body()), diagnostics);
        } catch (StackOverflowError e) {
            // The guards above catch the nesting we know of; this keeps an unforeseen recursion a diagnostic.
            reportTooDeep(page, page.bodyLine(), 1, diagnostics);
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            diagnostics.pageFailed(page.displayPath(), page.bodyLine(), "render as markdown", e);
            return Optional.empty();
        }
    }

    private Optional<Rendering> render(SourcePage page, Document document, Diagnostics diagnostics) {
        Optional<Node> tooDeep = firstNodeDeeperThan(document, MAX_NESTING);
        if (tooDeep.isPresent()) {
            Node node = tooDeep.get();
            reportTooDeep(page, page.bodyLine() + node.getStartLineNumber(), node.getStartOffset() - node.getStartOfLine() + 1,
                    diagnostics);
            return Optional.empty();
        }
        for (MarkdownExtension extension : extensions) {
            extension.check(page, document, diagnostics);
        }
        HeaderIdGenerator ids = new HeaderIdGenerator.Factory().create();
        ids.generateIds(document);
        Map<String, String> movedAnchors = HeadingIds.assign(document, templateIds);
        List<Heading> headings = new ArrayList<>();
        LineIndex lines = new LineIndex(page.body());
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(),
                        new TextCollectingVisitor().collectAndGetText(heading).strip(),
                        page.bodyLine() + lines.lineOf(heading.getStartOffset())));
            }
        }
        List<LinkReference> links = LinkCollector.collect(document, page.bodyLine(), lines, target -> wikiLinks == null ? target
                : wikiLinks.resolve(page, target).map(WikiLinkResolver.WikiLinkTarget::title).orElse(target));
        SOURCE_PAGE.set(document, page);
        return Optional.of(new Rendering(new RenderedPage(page, renderer.render(document), headings, links, movedAnchors,
                        ConfigPlaceholders.writtenIn(page.body())),
                document));
    }

    private static void reportTooDeep(SourcePage page, int line, int column, Diagnostics diagnostics) {
        diagnostics.error(page.displayPath(), line, column,
                "content here is nested more than " + MAX_NESTING + " levels deep",
                "flatten the nested lists or quotes; readers cannot follow that many levels either");
    }

    /** Iterative depth-first walk in document order (the tree may be far too deep for recursion). */
    private static Optional<Node> firstNodeDeeperThan(Node root, int limit) {
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return Optional.of(node);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }
}
