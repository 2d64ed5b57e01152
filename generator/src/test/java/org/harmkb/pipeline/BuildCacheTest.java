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

    /** An item of {@link #each} tests: the same text in two instances is one input, as an unchanged page re-read. */
    private record Item(String key, String text) {
    }

    private static final MemoStage<Void, Item, String> EACH = new MemoStage<>("test each");

    private List<String> each(List<Item> items, Diagnostics diagnostics) {
        cache.begin("config", false, theme);
        List<String> results = cache.each(EACH, () -> null, items, Item::key, diagnostics, (item, sink) -> {
            synchronized (computed) {
                computed.add(item.key());
            }
            if (item.text().contains("!")) {
                sink.error(item.key(), 1, 1, "shouts", "");
            } else if (item.text().contains("?")) {
                sink.warning(item.key(), 1, 1, "asks", "");
            }
            return new String(item.text().toUpperCase(java.util.Locale.ROOT));
        });
        cache.end();
        return results;
    }

    @Test
    void eachReusesWhatTheLastBuildHadAndReplaysItsWarnings() {
        Item a = new Item("a", "apple?");
        Item b = new Item("b", "bread");
        List<String> first = each(List.of(a, b), new Diagnostics());

        Diagnostics again = new Diagnostics();
        List<String> second = each(List.of(a, new Item("b", "bread")), again);

        assertThat(second).containsExactly("APPLE?", "BREAD");
        assertThat(computed).as("an equal new instance is looked up, not computed").containsExactlyInAnyOrder("a", "b");
        assertThat(second.get(0)).isSameAs(first.get(0));
        assertThat(second.get(1)).isSameAs(first.get(1));
        assertThat(again.warningCount()).as("a's warning, replayed").isEqualTo(1);
    }

    @Test
    void eachComputesAChangedItemAndKeepsTheLastInstanceOfAnEqualResult() {
        List<String> first = each(List.of(new Item("a", "apple"), new Item("b", "bread")), new Diagnostics());
        // A different input whose result is equal: computed, yet the result is the last build's instance.
        List<String> second = each(List.of(new Item("a", "APPLE"), new Item("b", "crumb")), new Diagnostics());

        assertThat(computed).containsExactlyInAnyOrder("a", "b", "a", "b");
        assertThat(second).containsExactly("APPLE", "CRUMB");
        assertThat(second.get(0)).isSameAs(first.get(0));
    }

    @Test
    void eachComputesAgainAnItemThatCameWithErrorsAndFollowsItemsThatMoved() {
        Item a = new Item("a", "apple!");
        Item b = new Item("b", "bread");
        Item c = new Item("c", "cake");
        each(List.of(a, b), new Diagnostics());
        Diagnostics again = new Diagnostics();
        List<String> moved = each(List.of(c, a, b), again);

        assertThat(moved).containsExactly("CAKE", "APPLE!", "BREAD");
        assertThat(computed).as("the error is reported again; b is found by key").containsExactlyInAnyOrder("a", "b", "c", "a");
        assertThat(again.errorCount()).isEqualTo(1);
    }

    @Test
    void eachKeepsTheEntriesOfItemsItReusedThroughTheSweep() {
        Item a = new Item("a", "apple");
        Item b = new Item("b", "bread");
        for (long i = 1; i <= 2 * BuildCache.SWEEP_EVERY; i++) {
            each(List.of(a, b), new Diagnostics());
        }
        // An item added in front moves the others: they are found by key, so their entries must still be there.
        each(List.of(new Item("0", "oat"), a, b), new Diagnostics());
        assertThat(computed).containsExactlyInAnyOrder("a", "b", "0");
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
