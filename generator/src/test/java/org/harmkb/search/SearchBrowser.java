package org.harmkb.search;

import java.io.IOException;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;

/** A built site served on 127.0.0.1 and a headless Chromium to run its search client in. */
final class SearchBrowser implements AutoCloseable {

    final StaticServer server;
    final ChromeDriver driver;

    SearchBrowser(Path site, Path profile, int width, int height) throws IOException {
        this.driver = Chromium.start(profile, width, height);
        this.server = new StaticServer(site);
    }

    void open(String sitePath) {
        driver.get(server.url() + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath));
    }

    /**
     * Runs {@code body} as an async function with the client's modules imported as {@code analyzer} and
     * {@code engine}, and {@code args} as {@code args}; returns its result.
     */
    Object callModules(String body, Object... args) {
        String script = "const done = arguments[arguments.length - 1];"
                + "const args = Array.prototype.slice.call(arguments, 0, arguments.length - 1);"
                + "Promise.all([import('/assets/search-analyzer.js'), import('/assets/search-engine.js')])"
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
