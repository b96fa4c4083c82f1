package dev.quorum.guide.search.persistence;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Words as Unicode segments them (any script), folded by ICU: case (with Turkish dotted and
 * dotless I), diacritics and compatibility forms, so "YİĞİT", "Yiğit" and "yigit" are one word,
 * and "ҚАЗАҚ" and "Қазақ", or "КАЗАХСКАЯ" and "Казахская", match. No stemming: a guide's
 * languages are not known in advance, and a wrong stemmer hurts more than none.
 */
final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUFoldingFilter(in);
    }
}
