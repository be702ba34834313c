package com.modbench.engine.lists;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.api.TermBatchResult;
import com.modbench.api.TermListLanguage;
import com.modbench.api.TermLists;
import com.modbench.engine.text.TextScreener;
import com.modbench.engine.text.terms.TermIndex;
import com.modbench.model.Status;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import java.util.Collection;
import java.util.List;

/**
 * The term-list group of the embedded engine: the service's semantics over a {@link TermListRepository}. Every
 * check that depends on stored state (existence, duplicates, limits) runs inside the same transaction as the
 * change, so two editors, in one process or two, cannot together break a rule.
 */
public final class TermListService implements TermLists {

    static final String REFRESHED = "RefreshIndex successfully completed.";

    private final TermListRepository repository;
    private final TermListLimits limits;
    private final TermRules rules;
    private final ListBodyRules bodyRules;
    private final TermListIndexes indexes;

    public TermListService(TermListRepository repository, TermListLimits limits) {
        this.repository = repository;
        this.limits = limits;
        this.rules = new TermRules(limits.maxTermLength());
        this.bodyRules = new ListBodyRules(limits);
        this.indexes = new TermListIndexes(repository);
    }

    public TermListLimits limits() {
        return limits;
    }

    @Override
    public TermList create(ListBody body) {
        bodyRules.check(body);
        ListBody fields = body == null ? new ListBody(null, null, null) : body;
        return repository.inTransaction(() -> {
            if (repository.countLists() >= limits.maxLists()) {
                throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "There are already " + limits.maxLists()
                        + " term lists, the most allowed; delete one before creating another.");
            }
            return repository.insertList(fields.name(), fields.description(), fields.metadata()).toWire();
        });
    }

    @Override
    public TermList update(int listId, ListBody body) {
        bodyRules.check(body);
        return repository.inTransaction(() -> {
            StoredTermList current = requireList(listId);
            if (body != null) {
                repository.updateList(listId,
                        body.name() != null ? body.name() : current.name(),
                        body.description() != null ? body.description() : current.description(),
                        body.metadata() != null ? body.metadata() : current.metadata());
            }
            return requireList(listId).toWire();
        });
    }

    @Override
    public TermList get(int listId) {
        return requireList(listId).toWire();
    }

    @Override
    public void delete(int listId) {
        if (!repository.deleteList(listId)) {
            throw listNotFound(listId);
        }
        indexes.forget(listId);
    }

    @Override
    public List<TermList> list() {
        return repository.findAllLists().stream().map(StoredTermList::toWire).toList();
    }

    @Override
    public void addTerm(int listId, String term, String language) {
        rules.check(term);
        String lang = TermRules.language(language);
        StoredTerm stored = StoredTerm.of(term);
        repository.inTransaction(() -> {
            requireList(listId);
            if (repository.containsTerm(listId, lang, stored.key())) {
                throw new ModeratorException(ErrorCode.CONFLICT, "The term '" + term.strip() + "' is already in list "
                        + listId + " (" + lang + ").");
            }
            int count = repository.countTerms(listId);
            if (count >= limits.maxTermsPerList()) {
                throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "List " + listId + " already has " + count
                        + " terms, the most allowed; delete some before adding more.");
            }
            repository.insertTerms(listId, lang, List.of(stored));
            return null;
        });
    }

    @Override
    public void deleteTerm(int listId, String term, String language) {
        String lang = TermRules.language(language);
        if (term == null || TermRules.key(term).isEmpty()) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The term to delete is empty.");
        }
        repository.inTransaction(() -> {
            requireList(listId);
            if (repository.deleteTerms(listId, lang, List.of(TermRules.key(term))) == 0) {
                throw new ModeratorException(ErrorCode.NOT_FOUND, "The term '" + term.strip() + "' is not in list "
                        + listId + " (" + lang + ").");
            }
            return null;
        });
    }

    @Override
    public Terms getAllTerms(int listId, String language, Integer offset, Integer limit) {
        String lang = TermRules.language(language);
        if ((offset != null && offset < 0) || (limit != null && limit < 0)) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "offset and limit must not be negative.");
        }
        int from = offset == null ? 0 : offset;
        return repository.inTransaction(() -> {
            requireList(listId);
            int total = repository.countTerms(listId, lang);
            int pageSize = limit == null ? total : limit;
            List<Terms.Term> page = repository.findTerms(listId, lang, from, pageSize).stream()
                    .map(Terms.Term::new).toList();
            return new Terms(new Terms.Data(lang, page, Status.ok(), TextScreener.newTrackingId()),
                    new Terms.Paging(total, pageSize, from, page.size()));
        });
    }

    @Override
    public void deleteAllTerms(int listId, String language) {
        String lang = TermRules.language(language);
        repository.inTransaction(() -> {
            requireList(listId);
            return repository.deleteAllTerms(listId, lang);
        });
    }

    @Override
    public RefreshIndex refreshIndex(int listId, String language) {
        String lang = TermRules.language(language);
        repository.inTransaction(() -> {
            requireList(listId);
            repository.snapshotIndex(listId, lang);
            return null;
        });
        indexes.refreshed(listId);
        indexes.indexFor(listId, lang);
        return new RefreshIndex(String.valueOf(listId), true, List.of(), Status.ok(REFRESHED),
                TextScreener.newTrackingId());
    }

    @Override
    public TermBatchResult addTerms(int listId, List<NewTerm> terms) {
        TermBatch batch = TermBatch.validate(terms, rules);
        return repository.inTransaction(() -> {
            requireList(listId);
            batch.skipStored(lang -> repository.findTermKeys(listId, lang));
            int count = repository.countTerms(listId);
            if (count + batch.size() > limits.maxTermsPerList()) {
                throw new ModeratorException(ErrorCode.LIMIT_EXCEEDED, "List " + listId + " has " + count
                        + " terms; adding " + batch.size() + " more would pass the limit of "
                        + limits.maxTermsPerList() + ". Nothing was added.");
            }
            batch.byLanguage().forEach((lang, add) -> repository.insertTerms(listId, lang, add));
            return batch.result();
        });
    }

    @Override
    public int deleteTerms(int listId, String language, Collection<String> terms) {
        String lang = TermRules.language(language);
        List<String> keys = terms.stream().map(TermRules::key).distinct().toList();
        return repository.inTransaction(() -> {
            requireList(listId);
            return repository.deleteTerms(listId, lang, keys);
        });
    }

    @Override
    public List<TermListLanguage> languages(int listId) {
        return repository.inTransaction(() -> {
            requireList(listId);
            return repository.languageStates(listId).stream()
                    .map(s -> new TermListLanguage(s.language(), s.terms(), s.indexedTerms(), s.upToDate(),
                            s.refreshedAt()))
                    .toList();
        });
    }

    /**
     * The refreshed index screening uses for the list: that of {@code language}, or of every refreshed language when
     * {@code language} is null. Unknown list: NOT_FOUND.
     */
    public TermIndex indexFor(int listId, String language) {
        String lang = language == null ? null : TermRules.language(language);
        return indexes.indexFor(listId, lang).orElseThrow(() -> listNotFound(listId));
    }

    private StoredTermList requireList(int listId) {
        return repository.findList(listId).orElseThrow(() -> listNotFound(listId));
    }

    private static ModeratorException listNotFound(int listId) {
        return new ModeratorException(ErrorCode.NOT_FOUND, "Term list " + listId + " does not exist.");
    }
}
