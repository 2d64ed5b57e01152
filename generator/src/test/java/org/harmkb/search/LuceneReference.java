package org.harmkb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.harmkb.config.SearchSettings;

/**
 * What the search client must compute, stated in Lucene: the query semantics of {@code search-engine.js}
 * (AND of clauses, and when that finds fewer than 5 pages the others matching two thirds of them; question and
 * filler words dropped; each clause the best of its exact, prefix and (only for a term not in the index) typo variants, a
 * {@link DisjunctionMaxQuery}; each variant the boosted sum over fields) built as Lucene queries and run
 * by {@link IndexSearcher} with {@link BM25Similarity}'s defaults. Typo distances come from Lucene's
 * {@link LevenshteinAutomata} (with transpositions, as {@code FuzzyQuery}), synonyms from Lucene's
 * {@code SynonymGraphFilter}: none of the client's own code is reused.
 */
final class LuceneReference implements AutoCloseable {

    static final float PREFIX_WEIGHT = 0.7f;
    static final float[] FUZZY_WEIGHTS = {1f, 0.5f, 0.3f};
    static final float SYNONYM_WEIGHT = 0.4f;

    record Hit(int doc, float score) {
    }

    /** Pages with every clause, and (when fewer than 5) the others with two thirds of them. */
    record Result(List<Hit> hits, int total, List<Hit> someHits, int someTotal) {
    }

    private final org.apache.lucene.index.IndexReader reader;
    private final IndexSearcher searcher;
    private final Analyzer english = SearchAnalysis.english();
    private final Analyzer querying;
    private final SynonymTable synonyms;
    private final float[] boosts;
    private final List<String> shardStarts;
    private final TreeSet<String> allTerms = new TreeSet<>();
    private final Map<String, Integer> postingCounts = new HashMap<>();
    private final java.util.Set<String> filler = java.util.Set.copyOf(SearchAnalysis.fillerTerms());

    LuceneReference(SearchIndexBuilder.SearchIndex index, SearchSettings settings, List<String> shardStarts) {
        this.reader = LuceneIndex.open(index.slices());
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        this.querying = SearchAnalysis.querying(index.synonyms());
        this.synonyms = index.synonyms();
        this.boosts = settings.boostArray();
        this.shardStarts = shardStarts;
        try {
            for (var context : reader.leaves()) {
                LeafReader leaf = context.reader();
                for (String field : SearchSettings.FIELDS) {
                    Terms terms = leaf.terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum e = terms.iterator();
                    for (BytesRef t = e.next(); t != null; t = e.next()) {
                        String term = t.utf8ToString();
                        allTerms.add(term);
                        postingCounts.merge(term, e.docFreq(), Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String href(int doc) throws IOException {
        return searcher.storedFields().document(doc).get(LuceneIndex.HREF);
    }

    Result search(String text, int limit) throws IOException {
        List<Query> clauses = clauses(text);
        if (clauses.isEmpty()) {
            return new Result(List.of(), 0, List.of(), 0);
        }
        BooleanQuery.Builder must = new BooleanQuery.Builder();
        clauses.forEach(c -> must.add(c, BooleanClause.Occur.MUST));
        Query all = must.build();
        int total = searcher.count(all);
        Query some = new MatchNoDocsQuery();
        if (total < 5 && clauses.size() > 1) {
            BooleanQuery.Builder should = new BooleanQuery.Builder();
            clauses.forEach(c -> should.add(c, BooleanClause.Occur.SHOULD));
            should.add(all, BooleanClause.Occur.MUST_NOT);
            should.setMinimumNumberShouldMatch(Math.max(1, 2 * clauses.size() / 3));
            some = should.build();
        }
        return new Result(hits(all, limit), total, hits(some, limit), searcher.count(some));
    }

    private List<Hit> hits(Query query, int limit) throws IOException {
        TopDocs top = searcher.search(query, limit);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(new Hit(sd.doc, sd.score));
        }
        return hits;
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"?");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)$");

    private List<Query> clauses(String text) {
        List<Query> phrases = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher m = QUOTED.matcher(text);
        int last = 0;
        while (m.find()) {
            plain.append(text, last, m.start()).append(' ');
            last = m.end();
            List<SearchAnalysis.Token> tokens = SearchAnalysis.tokens(english, m.group(1));
            if (tokens.size() == 1) {
                phrases.add(termClause(tokens.get(0).term(), false, false));
            } else if (tokens.size() > 1) {
                phrases.add(phraseClause(tokens));
            }
        }
        String tail = text.substring(last);
        plain.append(tail);
        List<String> words = SearchAnalysis.terms(querying, plain.toString());
        List<List<String>> typed = typedWords(plain.toString(), words);
        boolean typingLastWord = last == 0 || !text.stripTrailing().endsWith("\"");
        Matcher lastRaw = LAST_WORD.matcher(tail);
        List<String> lastWordTerms = lastRaw.find() && !text.matches("(?s).*\\s$")
                ? SearchAnalysis.terms(english, lastRaw.group(1)) : List.of();
        List<Query> out = new ArrayList<>();
        List<Query> meaningful = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean synonym = word.startsWith("#");
            boolean prefix = i == words.size() - 1 && typingLastWord && !synonym && !lastWordTerms.isEmpty()
                    && lastWordTerms.get(lastWordTerms.size() - 1).equals(word);
            if (synonym) {
                List<String> phrase = typed.get(i);
                Query group = synonymClause(word, phrase);
                // A phrase of several words that matches no page, whole or through its group, gives way to its words.
                if (phrase.size() > 1 && count(group) == 0) {
                    List<String> kept = phrase.stream().filter(w -> !filler.contains(w)).toList();
                    for (String w : kept.isEmpty() ? phrase : kept) {
                        Query each = termClause(w, false, true);
                        out.add(each);
                        meaningful.add(each);
                    }
                } else {
                    out.add(group);
                    meaningful.add(group);
                }
                continue;
            }
            Query clause = termClause(word, prefix, true);
            out.add(clause);
            if (!filler.contains(word)) {
                meaningful.add(clause);
            }
        }
        // A query-time StopFilter of question and filler words, which keeps them when nothing else is left.
        if (!meaningful.isEmpty() || !phrases.isEmpty()) {
            out = meaningful;
        }
        out.addAll(phrases);
        return out;
    }

    private record Candidate(String term, int order, int count) {
    }

    private int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Per output word of the querying chain, the English terms it stands for: itself, or for a group token
     * the words of the phrase it replaced (read from the token's position and position length).
     */
    private List<List<String>> typedWords(String text, List<String> words) {
        List<String> english = SearchAnalysis.terms(this.english, text);
        List<List<String>> out = new ArrayList<>();
        int at = 0;
        for (String word : words) {
            if (!word.startsWith("#")) {
                out.add(List.of(word));
                at++;
                continue;
            }
            int length = 1;
            for (SynonymTable.Entry entry : synonyms.entries()) {
                if (entry.groupToken().equals(word) && at + entry.terms().size() <= english.size()
                        && english.subList(at, at + entry.terms().size()).equals(entry.terms())) {
                    length = Math.max(length, entry.terms().size());
                }
            }
            out.add(english.subList(at, at + length));
            at += length;
        }
        return out;
    }

    /** DisjunctionMax of the typed words, all required and summed, and the group token at SYNONYM_WEIGHT. */
    private Query synonymClause(String token, List<String> words) {
        BooleanQuery.Builder direct = new BooleanQuery.Builder();
        words.forEach(w -> direct.add(variant(w, 1f), BooleanClause.Occur.MUST));
        return new DisjunctionMaxQuery(List.of(direct.build(), variant(token, SYNONYM_WEIGHT)), 0f);
    }

    private Query termClause(String term, boolean prefix, boolean fuzzy) {
        List<Query> variants = new ArrayList<>();
        List<String> shard = shardTerms(term);
        if (allTerms.contains(term)) {
            variants.add(variant(term, 1f));
        }
        List<String> taken = new ArrayList<>(List.of(term));
        Comparator<Candidate> rank = Comparator.comparingInt(Candidate::order)
                .thenComparing(Comparator.comparingInt(Candidate::count).reversed())
                .thenComparing(Candidate::term);
        int length = term.codePointCount(0, term.length());
        if (prefix && length >= 3) {
            shard.stream().filter(t -> !t.equals(term) && t.startsWith(term))
                    .map(t -> new Candidate(t, 0, postingCounts.get(t))).sorted(rank).limit(20)
                    .forEach(c -> {
                        variants.add(variant(c.term(), PREFIX_WEIGHT));
                        taken.add(c.term());
                    });
        }
        if (fuzzy && length >= 4 && !allTerms.contains(term)) {
            int max = length >= 8 ? 2 : 1;
            LevenshteinAutomata automata = new LevenshteinAutomata(term, true);
            List<ByteRunAutomaton> runs = new ArrayList<>();
            for (int d = 0; d <= max; d++) {
                runs.add(new ByteRunAutomaton(automata.toAutomaton(d)));
            }
            List<Candidate> found = new ArrayList<>();
            for (String t : shard) {
                if (taken.contains(t) || t.startsWith("#")) {
                    continue;
                }
                BytesRef bytes = new BytesRef(t);
                for (int d = 1; d <= max; d++) {
                    if (runs.get(d).run(bytes.bytes, bytes.offset, bytes.length)) {
                        found.add(new Candidate(t, d, postingCounts.get(t)));
                        break;
                    }
                }
            }
            found.stream().sorted(rank).limit(10).forEach(c -> variants.add(variant(c.term(), FUZZY_WEIGHTS[c.order()])));
        }
        if (variants.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        return new DisjunctionMaxQuery(variants, 0f);
    }

    private Query variant(String term, float weight) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (int f = 0; f < boosts.length; f++) {
            builder.add(new BoostQuery(new TermQuery(new Term(SearchSettings.FIELDS.get(f), term)), boosts[f] * weight),
                    BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private Query phraseClause(List<SearchAnalysis.Token> tokens) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int first = tokens.get(0).position();
        for (int f = 0; f < boosts.length; f++) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (SearchAnalysis.Token token : tokens) {
                phrase.add(new Term(SearchSettings.FIELDS.get(f), token.term()), token.position() - first);
            }
            builder.add(new BoostQuery(phrase.build(), boosts[f]), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /** The terms of the shard that holds {@code term}: from its shard's first term to the next shard's. */
    private List<String> shardTerms(String term) {
        int n = 0;
        for (int i = 0; i < shardStarts.size(); i++) {
            if (shardStarts.get(i).compareTo(term) <= 0) {
                n = i;
            }
        }
        String from = shardStarts.get(n);
        String to = n + 1 < shardStarts.size() ? shardStarts.get(n + 1) : null;
        return List.copyOf(to == null ? allTerms.tailSet(from, true) : allTerms.subSet(from, true, to, false));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
