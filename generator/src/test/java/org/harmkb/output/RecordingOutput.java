package org.harmkb.output;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A {@link SiteOutput} that keeps what it is given in memory, for tests. */
final class RecordingOutput implements SiteOutput {

    final Map<String, byte[]> written = new TreeMap<>();

    @Override
    public synchronized void write(String sitePath, byte[] bytes) {
        written.put(sitePath, bytes);
    }

    @Override
    public void copy(Path source, String sitePath) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void keep(String sitePath) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> files() {
        return written.keySet();
    }

    @Override
    public OutputChanges commit() {
        return OutputChanges.ALL;
    }

    @Override
    public void discard() {
    }

    @Override
    public void close() {
    }
}
