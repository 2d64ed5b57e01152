package org.harmkb.lint;

/** Warns about sentences longer than {@code lints.max_sentence_words}: long sentences are the first thing to lose a tired reader. */
public final class LongSentenceLint implements Lint {

    @Override
    public String name() {
        return "long-sentences";
    }

    @Override
    public void check(LintedPage page, Findings findings) {
        int max = page.settings().maxSentenceWords();
        for (Sentence sentence : page.sentences()) {
            if (sentence.wordCount() > max) {
                findings.warning(sentence.prose().offsetOf(sentence.start()),
                        "sentence has " + sentence.wordCount() + " words (more than " + max + ")",
                        "split it into two or three shorter sentences, one idea each");
            }
        }
    }
}
