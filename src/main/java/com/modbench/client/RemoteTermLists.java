package com.modbench.client;

import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.api.TermBatchResult;
import com.modbench.api.TermListExtensions;
import com.modbench.api.TermListLanguage;
import com.modbench.api.TermLists;
import com.modbench.model.extensions.TermBatchOutcome;
import com.modbench.model.extensions.TermListLanguageState;
import com.modbench.model.extensions.TermsDeleted;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Operations 27–36 over HTTP, plus the three Modbench extensions (batch add, batch delete, languages). Against an
 * endpoint without the extensions, batch edits fall back to one stock request per term (no longer all-or-nothing)
 * and {@link #languages} reports that the endpoint cannot list them.
 */
final class RemoteTermLists implements TermLists {

    private static final String LISTS = "contentmoderator/lists/v1.0/termlists";

    private final ApiCaller caller;

    RemoteTermLists(ApiCaller caller) {
        this.caller = caller;
    }

    @Override
    public TermList create(ListBody body) {
        return caller.json("POST", caller.url(LISTS).build(), ApiCaller.jsonBody(orEmpty(body)), false, TermList.class);
    }

    @Override
    public TermList update(int listId, ListBody body) {
        return caller.json("PUT", list(listId).build(), ApiCaller.jsonBody(orEmpty(body)), true, TermList.class);
    }

    @Override
    public TermList get(int listId) {
        return caller.json("GET", list(listId).build(), null, true, TermList.class);
    }

    @Override
    public void delete(int listId) {
        caller.send("DELETE", list(listId).build(), null, true);
    }

    @Override
    public List<TermList> list() {
        return Arrays.asList(caller.json("GET", caller.url(LISTS).build(), null, true, TermList[].class));
    }

    @Override
    public void addTerm(int listId, String term, String language) {
        caller.send("POST", term(listId, term, language), ApiCaller.emptyBody(), false);
    }

    @Override
    public void deleteTerm(int listId, String term, String language) {
        caller.send("DELETE", term(listId, term, language), null, true);
    }

    @Override
    public Terms getAllTerms(int listId, String language, Integer offset, Integer limit) {
        HttpUrl.Builder url = list(listId).addPathSegment("terms").addQueryParameter("language", language);
        if (offset != null) {
            url.addQueryParameter("offset", offset.toString());
        }
        if (limit != null) {
            url.addQueryParameter("limit", limit.toString());
        }
        return caller.json("GET", url.build(), null, true, Terms.class);
    }

    @Override
    public void deleteAllTerms(int listId, String language) {
        caller.send("DELETE", list(listId).addPathSegment("terms").addQueryParameter("language", language).build(),
                null, true);
    }

    @Override
    public RefreshIndex refreshIndex(int listId, String language) {
        HttpUrl url = list(listId).addPathSegment("RefreshIndex").addQueryParameter("language", language).build();
        return caller.json("POST", url, ApiCaller.emptyBody(), true, RefreshIndex.class);
    }

    @Override
    public TermBatchResult addTerms(int listId, List<NewTerm> terms) {
        try {
            return TermListExtensions.fromWire(caller.json("POST", extension(listId, TermListExtensions.BATCH_ADD),
                    ApiCaller.jsonBody(TermListExtensions.toWire(terms)), false, TermBatchOutcome.class));
        } catch (ModeratorException e) {
            requireMissingExtension(listId, e);
            return addOneByOne(listId, terms);
        }
    }

    @Override
    public int deleteTerms(int listId, String language, Collection<String> terms) {
        HttpUrl url = extension(listId, TermListExtensions.BATCH_DELETE).newBuilder()
                .addQueryParameter("language", language).build();
        try {
            return caller.json("POST", url, ApiCaller.jsonBody(List.copyOf(terms)), true, TermsDeleted.class).deleted();
        } catch (ModeratorException e) {
            requireMissingExtension(listId, e);
            int deleted = 0;
            for (String term : terms) {
                deleted += deleteIfPresent(listId, term, language);
            }
            return deleted;
        }
    }

    @Override
    public List<TermListLanguage> languages(int listId) {
        try {
            TermListLanguageState[] states = caller.json("GET", extension(listId, TermListExtensions.LANGUAGES), null,
                    true, TermListLanguageState[].class);
            return Arrays.stream(states).map(TermListExtensions::fromWire).toList();
        } catch (ModeratorException e) {
            requireMissingExtension(listId, e);
            throw new ModeratorException(501, "NotImplemented", "This endpoint cannot list the languages of a term "
                    + "list (a Modbench extension); pick the language by hand.");
        }
    }

    private TermBatchResult addOneByOne(int listId, List<NewTerm> terms) {
        int added = 0;
        List<TermBatchResult.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            NewTerm term = terms.get(i);
            try {
                addTerm(listId, term.term(), term.language());
                added++;
            } catch (ModeratorException e) {
                if (e.httpStatus() != 400 && !"Conflict".equals(e.code())) {
                    throw e;
                }
                skipped.add(new TermBatchResult.Skipped(i, term.term(), term.language(), e.getMessage()));
            }
        }
        return new TermBatchResult(added, skipped);
    }

    private int deleteIfPresent(int listId, String term, String language) {
        try {
            deleteTerm(listId, term, language);
            return 1;
        } catch (ModeratorException e) {
            if (e.httpStatus() == 404) {
                return 0;
            }
            throw e;
        }
    }

    /** Rethrows {@code failure} unless it means "no such route" on an endpoint whose list does exist. */
    private void requireMissingExtension(int listId, ModeratorException failure) {
        if (failure.httpStatus() != 404) {
            throw failure;
        }
        get(listId);
    }

    private HttpUrl.Builder list(int listId) {
        return caller.url(LISTS).addPathSegment(Integer.toString(listId));
    }

    private HttpUrl term(int listId, String term, String language) {
        return list(listId).addPathSegment("terms").addPathSegment(term == null ? "" : term)
                .addQueryParameter("language", language).build();
    }

    private HttpUrl extension(int listId, String operation) {
        return caller.url(TermListExtensions.PREFIX + listId + operation).build();
    }

    private static ListBody orEmpty(ListBody body) {
        return body == null ? new ListBody(null, null, null) : body;
    }
}
