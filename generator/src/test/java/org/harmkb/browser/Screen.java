package org.harmkb.browser;

import java.util.List;
import org.harmkb.testing.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;

/** A screen the reader's-journey tests look at pages on: a phone (375 by 812) or a laptop (1280 by 800), light or dark. */
record Screen(int width, int height, boolean dark) {

    static final Screen PHONE = new Screen(375, 812, false);
    static final Screen PHONE_DARK = new Screen(375, 812, true);
    static final Screen DESKTOP = new Screen(1280, 800, false);
    static final Screen DESKTOP_DARK = new Screen(1280, 800, true);

    /** The four screens every layout requirement is checked on. */
    static final List<Screen> ALL = List.of(PHONE, PHONE_DARK, DESKTOP, DESKTOP_DARK);

    boolean phone() {
        return width < 600;
    }

    void apply(ChromeDriver driver) {
        Chromium.emulate(driver, width, height, dark);
    }

    /** e.g. {@code phone-dark} or {@code desktop}, for test and file names. */
    String name() {
        return (phone() ? "phone" : "desktop") + (dark ? "-dark" : "");
    }

    @Override
    public String toString() {
        return width + "x" + height + (dark ? " dark" : " light");
    }
}
