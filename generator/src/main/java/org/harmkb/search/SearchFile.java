package org.harmkb.search;

/** One file of the static search index: a site path under {@code /search/} and its bytes. */
public record SearchFile(String sitePath, byte[] bytes) {
}
