package org.harmkb.search;

import java.io.IOException;
import java.nio.file.Path;
import org.harmkb.testing.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;

/** A built site served on 127.0.0.1 and a headless Chromium to run its search client in. */
final class SearchBrowser implements AutoCloseable {

    final StaticServer server;
    final ChromeDriver driver;
    private final Path site;

    SearchBrowser(Path site, int width, int height) throws IOException {
        this.driver = Chromium.start(Chromium.Options.defaults().window(width, height));
        this.server = new StaticServer(site);
        this.site = site;
    }

    /** The published, content-hashed path of theme asset {@code name}, e.g. {@code /assets/search-engine.1a2b3c4d.js}. */
    String asset(String name) {
        String base = name.substring(0, name.lastIndexOf('.'));
        String extension = name.substring(name.lastIndexOf('.'));
        try (var files = java.nio.file.Files.list(site.resolve("assets"))) {
            return "/assets/" + files.map(file -> file.getFileName().toString())
                    .filter(file -> file.matches(java.util.regex.Pattern.quote(base) + "\\.[0-9a-f]{8}" + java.util.regex.Pattern.quote(extension)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no published asset for " + name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void open(String sitePath) {
        Chromium.open(driver, server.url() + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath));
    }

    /**
     * Runs {@code body} as an async function with the client's modules imported as {@code analyzer} and
     * {@code engine}, and {@code args} as {@code args}; returns its result.
     */
    Object callModules(String body, Object... args) {
        String script = "const done = arguments[arguments.length - 1];"
                + "const args = Array.prototype.slice.call(arguments, 0, arguments.length - 1);"
                + "Promise.all([import('" + asset("search-analyzer.js") + "'), import('" + asset("search-engine.js") + "')])"
                + ".then(async ([analyzer, engine]) => { " + body + " })"
                + ".then(done, (e) => done('ERROR: ' + e + '\\n' + e.stack));";
        return driver.executeAsyncScript(script, args);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
