package com.modbench.api;

import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import java.util.Collection;
import java.util.List;

/**
 * Operations 27–36: custom term lists, with the service's semantics. Languages are ISO 639-3 codes such as
 * {@code eng} (3 letters, compared case-insensitively).
 *
 * <ul>
 *   <li>Edits reach screening only after {@link #refreshIndex} for that list and language.</li>
 *   <li>At most 5 lists of at most 10,000 terms each (all languages together) by default; going past a limit is
 *       {@link ErrorCode#LIMIT_EXCEEDED} and changes nothing.</li>
 *   <li>A term is stored as entered and compared after normalisation (NFKC case-fold, runs of white space as one
 *       space, trimmed): "Bad&nbsp;Word" and "bad word" are the same term. Adding one that is already there is
 *       {@link ErrorCode#CONFLICT}.</li>
 *   <li>Empty, white-space-only and punctuation-only terms, terms with line breaks or control characters, and terms
 *       over the length limit are {@link ErrorCode#INVALID_ARGUMENT}; unknown list ids and terms are
 *       {@link ErrorCode#NOT_FOUND}.</li>
 * </ul>
 *
 * <p>The last three methods go beyond the stock API: what the Lists tab needs to import atomically and to show
 * which indexes are out of date.
 */
public interface TermLists {

    /** Op 30. Every field of {@code body} is optional (null body = all absent); returns the list with its new id. */
    TermList create(ListBody body);

    /** Op 29. Fields of {@code body} that are null keep their value; {@code ""} or an empty map clears one. */
    TermList update(int listId, ListBody body);

    /** Op 27. */
    TermList get(int listId);

    /** Op 28. Deletes the list with its terms and indexes. */
    void delete(int listId);

    /** Op 31. All lists, by id. */
    List<TermList> list();

    /** Op 33. */
    void addTerm(int listId, String term, String language);

    /** Op 34. {@code term} is compared after normalisation, so any spelling of a stored term deletes it. */
    void deleteTerm(int listId, String term, String language);

    /**
     * Op 35. Terms as entered, in the order they were added. {@code offset} (default 0) and {@code limit} (default
     * all) must not be negative; an offset past the end returns no terms. {@code Paging}: {@code Total} = terms of
     * the language, {@code Offset} = the offset used, {@code Limit} = the limit asked for (or {@code Total} if none
     * was), {@code Returned} = terms in this page.
     */
    Terms getAllTerms(int listId, String language, Integer offset, Integer limit);

    /** Op 36. Deleting the terms of a language that has none is not an error. */
    void deleteAllTerms(int listId, String language);

    /**
     * Op 32. Makes the current terms of the language the ones screening uses. Result: {@code ContentSourceId} = the
     * list id as a string, {@code IsUpdateSuccess} true, {@code AdvancedInfo} [], Status description
     * "RefreshIndex successfully completed.".
     */
    RefreshIndex refreshIndex(int listId, String language);

    /**
     * Extension: adds many terms in one step, all or nothing. Terms that are invalid, repeated in {@code terms} or
     * already in the list are skipped and reported; the rest are added together, or none are if they would pass the
     * term limit ({@link ErrorCode#LIMIT_EXCEEDED}).
     */
    TermBatchResult addTerms(int listId, List<NewTerm> terms);

    /** Extension: deletes the given terms of a language in one step; returns how many were there. */
    int deleteTerms(int listId, String language, Collection<String> terms);

    /** Extension: the languages the list has terms or an index for, with counts and whether the index is current. */
    List<TermListLanguage> languages(int listId);
}
