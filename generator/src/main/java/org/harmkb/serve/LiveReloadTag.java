package org.harmkb.serve;

import java.nio.charset.StandardCharsets;

/** Adds the live-reload script to a served HTML page, just before {@code </head>} (or at the end). */
final class LiveReloadTag {

    private LiveReloadTag() {
    }

    static String tag(String scriptHref) {
        return "<script type=\"module\" src=\"" + scriptHref.replace("&", "&amp;").replace("\"", "&quot;") + "\"></script>";
    }

    static byte[] inject(byte[] html, String scriptHref) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = tag(scriptHref);
        int head = text.indexOf("</head>");
        String injected = head < 0 ? text + tag : text.substring(0, head) + tag + "\n" + text.substring(head);
        return injected.getBytes(StandardCharsets.UTF_8);
    }
}
