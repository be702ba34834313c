package com.modbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ModeratorException;
import com.modbench.client.RemoteEndpoint;
import com.modbench.client.RemoteModerator;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.Terms;
import com.modbench.store.Database;
import com.modbench.store.lists.SqliteTermListRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two clients editing one term list at the same time leave it consistent, and the server keeps it across restarts. */
class ServerConcurrentEditsTest {

    @TempDir
    Path dir;

    @Test
    void twoClientsEditingOneListLeaveItConsistentAndItSurvivesARestart() throws Exception {
        Path file = dir.resolve("server.db");
        int listId;
        try (Database database = Database.open(file);
             ServerFixture fixture = ServerFixture.start(
                     EmbeddedModerator.standard(new SqliteTermListRepository(database)));
             RemoteModerator alice = client(fixture, ServerFixture.KEY);
             RemoteModerator bob = client(fixture, ServerFixture.OTHER_KEY)) {
            listId = alice.termLists().create(new ListBody("shared", null, null)).id();
            ConcurrentHashMap<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
            AtomicInteger conflicts = new AtomicInteger();
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                work.add(add(alice, listId, "alice" + i, accepted, conflicts));
                work.add(add(bob, listId, "bob" + i, accepted, conflicts));
                work.add(add(alice, listId, "shared" + i, accepted, conflicts));
                work.add(add(bob, listId, "shared" + i, accepted, conflicts));
            }
            runAll(work);

            assertEquals(60, conflicts.get(), "each shared term was refused to exactly one of the two");
            assertTrue(accepted.values().stream().allMatch(count -> count.get() == 1));
            assertEquals(180, terms(alice, listId).size());

            List<Callable<Void>> mixed = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String alices = "alice" + i;
                String carols = "carol" + i;
                mixed.add(() -> {
                    alice.termLists().deleteTerm(listId, alices, "eng");
                    return null;
                });
                mixed.add(add(bob, listId, carols, accepted, conflicts));
            }
            runAll(mixed);

            Set<String> expected = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                expected.add("bob" + i);
                expected.add("shared" + i);
                expected.add("carol" + i);
            }
            List<String> seenByBob = terms(bob, listId);
            assertEquals(expected, new HashSet<>(seenByBob));
            assertEquals(expected.size(), seenByBob.size(), "no duplicates");
        }

        try (Database reopened = Database.open(file);
             ServerFixture restarted = ServerFixture.start(
                     EmbeddedModerator.standard(new SqliteTermListRepository(reopened)));
             RemoteModerator client = client(restarted, ServerFixture.KEY)) {
            assertEquals("shared", client.termLists().get(listId).name());
            assertEquals(180, terms(client, listId).size());
        }
    }

    private static Callable<Void> add(RemoteModerator client, int listId, String term,
                                      ConcurrentHashMap<String, AtomicInteger> accepted, AtomicInteger conflicts) {
        return () -> {
            try {
                client.termLists().addTerm(listId, term, "eng");
                accepted.computeIfAbsent(term, t -> new AtomicInteger()).incrementAndGet();
            } catch (ModeratorException e) {
                if (e.httpStatus() != 409) {
                    throw e;
                }
                conflicts.incrementAndGet();
            }
            return null;
        };
    }

    private static void runAll(List<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> terms(RemoteModerator client, int listId) {
        return client.termLists().getAllTerms(listId, "eng", null, null).data().terms().stream()
                .map(Terms.Term::term).toList();
    }

    private static RemoteModerator client(ServerFixture fixture, String key) {
        return new RemoteModerator(RemoteEndpoint.of(fixture.server.url(), key));
    }
}
