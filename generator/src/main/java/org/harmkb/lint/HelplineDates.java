package org.harmkb.lint;

import java.time.LocalDate;
import org.harmkb.config.Helpline;
import org.harmkb.config.SiteConfig;
import org.harmkb.diagnostic.Diagnostic;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.diagnostic.Severity;
import org.harmkb.diagnostic.SourcePaths;

/**
 * Helpline numbers and hours change; a reader in crisis must not find a dead number. Warns when a helpline's
 * {@code last_verified} is more than {@value #MAX_AGE_MONTHS} months old.
 */
final class HelplineDates {

    static final int MAX_AGE_MONTHS = 6;

    private final LocalDate today;
    private final Severity warningSeverity;

    HelplineDates(LocalDate today, Severity warningSeverity) {
        this.today = today;
        this.warningSeverity = warningSeverity;
    }

    void check(SiteConfig config, Diagnostics diagnostics) {
        String path = SourcePaths.display(config.configFile());
        for (Helpline helpline : config.helplines()) {
            if (helpline.lastVerified().isBefore(today.minusMonths(MAX_AGE_MONTHS))) {
                diagnostics.report(new Diagnostic(warningSeverity, path, helpline.verifiedLine(), helpline.verifiedColumn(),
                        "helpline '" + helpline.name() + "' was last verified on " + helpline.lastVerified()
                                + ", more than " + MAX_AGE_MONTHS + " months ago",
                        "check its number, hours and web address are still right, then set last_verified to today's date"));
            }
        }
    }
}
