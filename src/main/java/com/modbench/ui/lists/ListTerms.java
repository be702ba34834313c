package com.modbench.ui.lists;

import com.modbench.api.NewTerm;
import com.modbench.api.TermListLanguage;
import com.modbench.api.TermLists;
import com.modbench.model.lists.Terms;
import java.util.ArrayList;
import java.util.List;

/** Reads every term of a list, in every language, through the API. */
final class ListTerms {

    private ListTerms() {
    }

    static List<NewTerm> all(TermLists api, int listId) {
        List<NewTerm> out = new ArrayList<>();
        for (TermListLanguage language : api.languages(listId)) {
            out.addAll(of(api, listId, language.language()));
        }
        return out;
    }

    static List<NewTerm> of(TermLists api, int listId, String language) {
        return api.getAllTerms(listId, language, null, null).data().terms().stream()
                .map(Terms.Term::term).map(t -> new NewTerm(t, language)).toList();
    }
}
