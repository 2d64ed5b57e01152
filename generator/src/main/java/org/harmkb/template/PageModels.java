package org.harmkb.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmkb.config.Helpline;
import org.harmkb.config.SafetySettings;
import org.harmkb.config.SiteConfig;
import org.harmkb.content.Source;
import org.harmkb.content.SourcePage;
import org.harmkb.html.PageBody;

/** Builds the view models templates read from the pipeline's records. */
public final class PageModels {

    private final SiteConfig config;

    public PageModels(SiteConfig config) {
        this.config = config;
    }

    /** The site without its pages: no support page and no top-level pages to link to. */
    public SiteView site() {
        return site(List.of());
    }

    /** The site, with links to the support page and the top-level pages among {@code pages}. */
    public SiteView site(List<SourcePage> pages) {
        Map<String, PageLink> top = new HashMap<>();
        PageLink help = null;
        for (SourcePage page : pages) {
            if (!page.isHome() && page.contentPath().indexOf('/') < 0) {
                top.put(page.contentPath(), link(page));
            }
            if (page.contentPath().equals(config.safety().supportPage())) {
                help = link(page);
            }
        }
        return new SiteView(config.title(), config.description(), config.language(), config.basePath(), config.href("/"),
                config.helplines().stream().map(this::helpline).toList(),
                new SafetyView(config.safety().exitEnabled(), config.safety().exitUrl(), config.safety().exitLabel(),
                        SafetySettings.CONTENT_SECURITY_POLICY), help, top);
    }

    private HelplineView helpline(Helpline h) {
        return new HelplineView(h.id(), h.name(), h.nations(), h.phone(), h.phoneHref(), h.text(), h.textMessage(),
                h.textHref(), h.hours(), h.url(), h.supportBox(), h.lastVerified().toString(),
                new DateText(config.language()).format(h.lastVerified()));
    }

    /** {@code tel:} link for a number the config has checked to be digits, spaces and a leading {@code +}. */
    public static String phoneHref(String phone) {
        return phone == null ? null : "tel:" + phone.replace(" ", "");
    }

    public PageView page(PageBody body) {
        SourcePage source = body.page().source();
        return PageView.of(source.frontMatter(), PageView.Address.of(config, source.url()), body.html(),
                source.frontMatter().sources().stream().map(this::source).toList());
    }

    private SourceView source(Source s) {
        return new SourceView(s.title(), s.publisher(), s.url(), s.checked().toString(),
                new DateText(config.language()).format(s.checked()));
    }

    /** The {@code page} value of a generated page (a topic, the A–Z index…): no body, no dates. */
    public PageView generated(String title, String description, String url) {
        return PageView.generated(title, description, PageView.Address.of(config, url));
    }

    public PageLink link(SourcePage page) {
        return new PageLink(page.title(), page.frontMatter().description(), config.href(page.url()));
    }
}
