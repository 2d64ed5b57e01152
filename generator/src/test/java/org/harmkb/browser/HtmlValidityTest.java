package org.harmkb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every built page passes the Nu HTML Checker (the validator behind validator.w3.org/nu) with zero errors.
 * Runs without a browser. Warnings are the checker's advice and are not failures.
 */
class HtmlValidityTest {

    /** Collects the checker's errors for one document. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    static List<String> validate(Path file) throws Exception {
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, true, false);
        validator.checkHtmlFile(file.toFile(), true);
        return collector.errors;
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TestSites.Site site : TestSites.get().all()) {
            for (String page : site.pages()) {
                Path file = site.dir().resolve(page.endsWith("/") ? page.substring(1) + "index.html" : page.substring(1));
                tests.add(DynamicTest.dynamicTest(site.name() + " " + page,
                        () -> assertThat(validate(file)).as("Nu HTML Checker errors in " + page).isEmpty()));
            }
        }
        return tests.stream();
    }

    @Test
    void theCheckerReportsInvalidMarkup(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div></p>"
                + "<img src=\"a.png\"></body></html>");
        assertThat(validate(bad)).isNotEmpty().anySatisfy(e -> assertThat(e).contains("alt"));
    }
}
