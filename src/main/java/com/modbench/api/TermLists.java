package com.modbench.api;

import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import java.util.List;

/**
 * Operations 27–36: custom term lists. Edits reach screening only after {@link #refreshIndex} for the language,
 * as the service behaved. Languages are ISO 639-3 codes such as {@code eng}.
 */
public interface TermLists {

    TermList create(ListBody body);

    TermList update(int listId, ListBody body);

    TermList get(int listId);

    void delete(int listId);

    List<TermList> list();

    void addTerm(int listId, String term, String language);

    void deleteTerm(int listId, String term, String language);

    /** {@code offset} and {@code limit} may be null (all terms from the start). */
    Terms getAllTerms(int listId, String language, Integer offset, Integer limit);

    void deleteAllTerms(int listId, String language);

    RefreshIndex refreshIndex(int listId, String language);
}
