package com.modbench.engine.text.terms;

import com.modbench.engine.text.normalize.MatchKey;
import java.util.List;

/** An immutable, compiled set of terms that can be searched in normalised text. */
public interface TermIndex {

    List<TermHit> find(String normalizedText);

    /** {@link #find(String)} for a caller that has the text's match key already, which spares keying it again. */
    default List<TermHit> find(String normalizedText, MatchKey key) {
        return find(normalizedText);
    }

    int size();

    /**
     * False only when no hit (nor exception) of this index can span a word break of the match key that has the key
     * word {@code wordBefore} before it and {@code wordAfter} after it ("" where there is none): then the text on
     * either side can be searched on its own. Null stands for a word not known yet, which may be any. True when unsure.
     */
    default boolean mayJoinWords(String wordBefore, String wordAfter) {
        return true;
    }
}
