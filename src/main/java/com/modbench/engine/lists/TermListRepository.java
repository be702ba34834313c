package com.modbench.engine.lists;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where term lists are kept (the port the store implements; the engine does no I/O itself). Each method is atomic
 * on its own; {@link #inTransaction} makes several one unit, serialised with every other writer, also in other
 * processes sharing the store, and undone if the work throws.
 *
 * <p>Every change to the terms of a list and language advances that language's revision;
 * {@link #snapshotIndex} copies the current terms aside as the ones screening uses.
 */
public interface TermListRepository {

    <T> T inTransaction(Supplier<T> work);

    int countLists();

    StoredTermList insertList(String name, String description, Map<String, String> metadata);

    Optional<StoredTermList> findList(int listId);

    List<StoredTermList> findAllLists();

    /** Replaces name, description and metadata; false if the list is gone. */
    boolean updateList(int listId, String name, String description, Map<String, String> metadata);

    boolean deleteList(int listId);

    /** Terms of all languages of the list. */
    int countTerms(int listId);

    int countTerms(int listId, String language);

    /** The comparison keys of every term of the list and language. */
    Set<String> findTermKeys(int listId, String language);

    void insertTerms(int listId, String language, List<StoredTerm> terms);

    /** Deletes the terms with these keys; returns how many there were. */
    int deleteTerms(int listId, String language, Collection<String> keys);

    int deleteAllTerms(int listId, String language);

    /** Terms as entered, in the order they were added. */
    List<String> findTerms(int listId, String language, int offset, int limit);

    boolean containsTerm(int listId, String language, String key);

    void snapshotIndex(int listId, String language);

    /**
     * For each language of the list that was ever refreshed, the revision its snapshot captured; empty if the list
     * does not exist. Cheap: screening asks this on every request to notice refreshes made by other processes.
     */
    Optional<Map<String, Long>> findIndexedRevisions(int listId);

    /** The terms of the last snapshot of the list and language (none if never refreshed). */
    List<String> findIndexedTerms(int listId, String language);

    /** Every language the list has terms or a snapshot for, by language code. */
    List<LanguageIndexState> languageStates(int listId);
}
