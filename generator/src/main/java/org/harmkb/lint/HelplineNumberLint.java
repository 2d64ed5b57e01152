package org.harmkb.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmkb.config.Helpline;

/**
 * Warns when a helpline's number from the config is typed into a page instead of placed with
 * {@code [[helpline:id]]}: a typed number is not updated when the config is, and a wrong crisis number is
 * a harm. Numbers of fewer than {@value #MIN_DIGITS} digits (999, 111, 101) are everyday words and are not
 * checked. Spaces or hyphens between digits do not hide a number; code spans are left alone.
 */
public final class HelplineNumberLint implements Lint {

    static final String NAME = "helpline-numbers";
    static final int MIN_DIGITS = 5;

    private record Number(Helpline helpline, String written, Pattern pattern) {
    }

    private final List<Number> numbers;

    public HelplineNumberLint(List<Helpline> helplines) {
        List<Number> found = new ArrayList<>();
        for (Helpline h : helplines) {
            for (String number : new String[] {h.phone(), h.text()}) {
                String digits = number == null ? "" : number.replaceAll("[^0-9]", "");
                if (digits.length() >= MIN_DIGITS) {
                    found.add(new Number(h, number, pattern(digits)));
                }
            }
        }
        this.numbers = List.copyOf(found);
    }

    /** The digits with optional spaces or hyphens between them, not inside a longer number. */
    private static Pattern pattern(String digits) {
        StringBuilder regex = new StringBuilder("(?<![0-9])");
        for (int i = 0; i < digits.length(); i++) {
            regex.append(i == 0 ? "" : "[ \\u00a0-]?").append(digits.charAt(i));
        }
        return Pattern.compile(regex.append("(?![0-9])").toString());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        for (Prose prose : page.prose()) {
            for (Number number : numbers) {
                Matcher m = number.pattern().matcher(prose.text());
                while (m.find()) {
                    findings.warning(prose.offsetOf(m.start()), "the number of '" + number.helpline().name() + "' ("
                            + number.written() + ") is typed into the page",
                            "write [[helpline:" + number.helpline().id()
                                    + "]] instead, so the page shows the number kept up to date in site-config.yaml");
                }
            }
        }
    }
}
