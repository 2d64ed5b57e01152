package org.harmkb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.harmkb.diagnostic.Diagnostics;
import org.harmkb.memo.Memo;
import org.harmkb.memo.MemoStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a session's memo keeps between builds: results of items still asked for, and nothing else. */
class BuildCacheTest {

    private static final MemoStage<Void, String, String> PAGES = new MemoStage<>("test pages");
    private static final MemoStage<Void, String, String> OTHER = new MemoStage<>("test other");

    @TempDir
    Path theme;

    private final BuildCache cache = BuildCache.create();
    private final List<String> computed = new ArrayList<>();

    @Test
    void anItemAskedForAgainIsReusedAndOneABuildNoLongerAskedForIsDropped() {
        build(PAGES, "a", "b");
        build(PAGES, "a");
        assertThat(computed).containsExactly("a", "b");

        // Entries of items no longer asked for are looked for every SWEEP_EVERY builds.
        for (long i = 2; i <= BuildCache.SWEEP_EVERY; i++) {
            build(PAGES, "a");
        }
        build(PAGES, "a", "b");
        assertThat(computed).as("b was dropped after builds did without it").containsExactly("a", "b", "b");
    }

    @Test
    void aStageABuildDidNotRunKeepsItsResults() {
        build(PAGES, "a");
        build(OTHER, "x");
        build(PAGES, "a");
        assertThat(computed).containsExactly("a", "x");
    }

    @Test
    void anInternedKeyIsTheLastBuildsInstanceWhileEqualAndForgottenByAFullBuild() {
        record Key(List<String> titles) {
        }
        Key first = cache.intern(new Key(List.of("a", "b")));
        Key equal = new Key(new ArrayList<>(List.of("a", "b")));
        assertThat(cache.intern(equal)).isSameAs(first);
        Key changed = new Key(List.of("a", "c"));
        assertThat(cache.intern(changed)).isSameAs(changed);
        assertThat(cache.intern(new Key(List.of("a", "c")))).isSameAs(changed);

        cache.begin("other config", false, theme);
        Key afterFullBuild = new Key(List.of("a", "c"));
        assertThat(cache.intern(afterFullBuild)).as("a full build starts afresh").isSameAs(afterFullBuild);
    }

    private void build(MemoStage<Void, String, String> stage, String... keys) {
        cache.begin("config", false, theme);
        Memo<String, String> memo = cache.stage(stage, () -> null);
        for (String key : keys) {
            memo.apply(key, "input of " + key, new Diagnostics(), diagnostics -> {
                computed.add(key);
                return key.toUpperCase(java.util.Locale.ROOT);
            });
        }
        cache.end();
    }
}
