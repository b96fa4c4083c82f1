package dev.quorum.guide.search.persistence;

import dev.quorum.guide.search.application.GuideIndex;
import dev.quorum.guide.search.application.SearchHit;
import dev.quorum.guide.search.application.SearchableEdition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The index in this instance's memory (Lucene {@link ByteBuffersDirectory}): rebuilt from the store
 * at start and kept current from {@code guide.events} (ADR 22). The embedded Mongo server has no
 * {@code $text}, and this answers the same on it and on real MongoDB.
 */
@Component
public class LuceneGuideIndex implements GuideIndex, DisposableBean {
    private static final String GUIDE = "guideId";
    private static final String CONFERENCE = "conferenceId";
    private static final String COMMITTEE = "committeeId";
    private static final String EDITION = "edition";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    /** Longer than any guide the import accepts, so a snippet can come from anywhere in it. */
    private static final int HIGHLIGHT_MAX_CHARS = 2_000_000;

    private static final int QUERY_TERMS = 32;
    private static final FieldType HIGHLIGHTED = highlighted();

    private final Analyzer analyzer = new FoldingAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneGuideIndex() throws IOException {
        writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, null);
    }

    @Override
    public synchronized void put(SearchableEdition e) {
        try {
            if (indexedEdition(e.guideId()) >= e.edition()) {
                return; // a replayed or older edition: the newer one stays
            }
            Document doc = new Document();
            doc.add(new StringField(GUIDE, e.guideId(), Field.Store.YES));
            doc.add(new StringField(CONFERENCE, e.conferenceId(), Field.Store.NO));
            doc.add(new StoredField(COMMITTEE, e.committeeId()));
            doc.add(new StoredField(EDITION, e.edition()));
            doc.add(new Field(TITLE, e.title(), HIGHLIGHTED));
            doc.add(new Field(BODY, e.body(), HIGHLIGHTED));
            writer.updateDocument(new Term(GUIDE, e.guideId()), doc);
            searchers.maybeRefreshBlocking();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public List<SearchHit> search(String conferenceId, String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
        for (String word : words) {
            anyWord.add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 2f), Occur.SHOULD);
            anyWord.add(new TermQuery(new Term(BODY, word)), Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CONFERENCE, conferenceId)), Occur.FILTER)
                .add(anyWord.build(), Occur.MUST)
                .build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return hits(searcher, query, searcher.search(query, limit));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(HIGHLIGHT_MAX_CHARS)
                .build();
        Map<String, String[]> snippets =
                highlighter.highlightFields(new String[] {TITLE, BODY}, query, top, new int[] {1, 3});
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(hit.doc);
            List<String> passages = new ArrayList<>();
            for (String field : new String[] {TITLE, BODY}) {
                String snippet = snippets.get(field)[i];
                if (snippet != null && snippet.contains("<mark>")) {
                    passages.add(snippet);
                }
            }
            hits.add(new SearchHit(
                    doc.get(GUIDE),
                    doc.get(COMMITTEE),
                    doc.getField(EDITION).numericValue().intValue(),
                    doc.get(TITLE),
                    hit.score,
                    passages));
        }
        return hits;
    }

    /** The query's words as the index folds them, each once, at most {@value #QUERY_TERMS}. */
    private List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < QUERY_TERMS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return List.copyOf(words);
    }

    private int indexedEdition(String guideId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(GUIDE, guideId)), 1);
            return found.scoreDocs.length == 0
                    ? 0
                    : searcher.storedFields()
                            .document(found.scoreDocs[0].doc)
                            .getField(EDITION)
                            .numericValue()
                            .intValue();
        } finally {
            searchers.release(searcher);
        }
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
    }
}
