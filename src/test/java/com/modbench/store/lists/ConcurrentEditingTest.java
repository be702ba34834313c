package com.modbench.store.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import com.modbench.api.NewTerm;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.lists.TermListService;
import com.modbench.model.lists.Terms;
import com.modbench.store.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two editors, each with its own connection to the same file (as two windows or two processes have). */
class ConcurrentEditingTest {

    @TempDir
    Path dir;

    @Test
    void two_editors_adding_overlapping_terms_never_pass_the_limit_nor_store_a_duplicate() throws Exception {
        Path file = dir.resolve("modbench.db");
        TermListLimits limits = TermListLimits.DEFAULT.withMaxTermsPerList(150);
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            TermListService a = service(first, limits);
            TermListService b = service(second, limits);
            int id = a.create(null).id();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            // both add word0..word99; the second also word100..word199: 200 distinct, 100 contested, limit 150
            runTogether(() -> addEach(a, id, 0, 100, errors), () -> addEach(b, id, 0, 200, errors));

            List<String> stored = a.getAllTerms(id, "eng", null, null).data().terms().stream()
                    .map(Terms.Term::term).toList();
            assertEquals(150, stored.size());
            assertEquals(150, new HashSet<>(stored).size());
            Set<String> codes = new HashSet<>(errors);
            assertTrue(Set.of(ErrorCode.CONFLICT.wireCode(), ErrorCode.LIMIT_EXCEEDED.wireCode()).containsAll(codes),
                    codes.toString());
            assertEquals(300 - 150, errors.size());
            assertEquals("ok", integrity(first));
        }
    }

    @Test
    void of_two_imports_that_together_pass_the_limit_one_lands_whole_and_the_other_not_at_all() throws Exception {
        Path file = dir.resolve("modbench.db");
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            TermListService a = service(first, TermListLimits.DEFAULT);
            TermListService b = service(second, TermListLimits.DEFAULT);
            int id = a.create(null).id();
            List<NewTerm> left = terms("left", 6_000);
            List<NewTerm> right = terms("right", 6_000);
            List<Object> outcomes = runTogether(() -> tryImport(a, id, left), () -> tryImport(b, id, right));

            assertEquals(1, outcomes.stream().filter(ErrorCode.LIMIT_EXCEEDED.wireCode()::equals).count(),
                    outcomes.toString());
            assertEquals(1, outcomes.stream().filter(Integer.valueOf(6_000)::equals).count(), outcomes.toString());
            List<String> stored = b.getAllTerms(id, "eng", null, null).data().terms().stream()
                    .map(Terms.Term::term).toList();
            assertEquals(6_000, stored.size());
            String winner = stored.get(0).startsWith("left") ? "left" : "right";
            assertTrue(stored.stream().allMatch(t -> t.startsWith(winner)), "terms of both imports were mixed");
            assertEquals("ok", integrity(second));
        }
    }

    @Test
    void an_editor_working_on_a_list_another_deleted_gets_not_found_and_leaves_no_orphans() {
        Path file = dir.resolve("modbench.db");
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            TermListService a = service(first, TermListLimits.DEFAULT);
            TermListService b = service(second, TermListLimits.DEFAULT);
            int id = a.create(null).id();
            a.addTerm(id, "kept until deleted", "eng");
            b.delete(id);
            ModeratorException e = org.junit.jupiter.api.Assertions.assertThrows(ModeratorException.class,
                    () -> a.addTerms(id, terms("late", 3)));
            assertEquals(ErrorCode.NOT_FOUND.wireCode(), e.code());
            assertEquals(0, (int) first.read(c -> {
                try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM term")) {
                    return rows.next() ? rows.getInt(1) : -1;
                }
            }));
        }
    }

    private static TermListService service(Database database, TermListLimits limits) {
        return new TermListService(new SqliteTermListRepository(database), limits);
    }

    private static Object addEach(TermListService lists, int id, int from, int to, ConcurrentLinkedQueue<String> errors) {
        for (int i = from; i < to; i++) {
            try {
                lists.addTerm(id, "word" + i, "eng");
            } catch (ModeratorException e) {
                errors.add(e.code());
            }
        }
        return null;
    }

    private static Object tryImport(TermListService lists, int id, List<NewTerm> terms) {
        try {
            return lists.addTerms(id, terms).added();
        } catch (ModeratorException e) {
            return e.code();
        }
    }

    private static List<NewTerm> terms(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> new NewTerm(prefix + i, "eng")).toList();
    }

    private static String integrity(Database database) {
        return database.read(c -> {
            try (ResultSet rows = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    @SafeVarargs
    private static List<Object> runTogether(Callable<Object>... work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(work.length);
        ExecutorService pool = Executors.newFixedThreadPool(work.length);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> w : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
