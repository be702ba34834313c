package com.modbench.engine.text.terms;

import com.modbench.engine.text.normalize.MatchKey;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over match-key chars. One pass over a key reports every pattern occurrence, so the cost of
 * a scan depends on the text and the number of hits, not on how many patterns were compiled. Nodes are numbered
 * breadth first and stored in flat arrays (children sorted per node, a direct table for the root) shared read-only
 * by all threads. The shallow states, where a scan spends almost all its steps, also get a full transition row over
 * the most used key chars ({@link DenseRows}), so most chars cost one table lookup instead of searches along the
 * failure links.
 */
final class KeyAutomaton {

    /** Receives one pattern occurrence: its id and the key index of its last char. */
    interface Sink {
        void match(int patternId, int endKey);
    }

    /** A pattern to compile: its key and the id reported for it. */
    record Pattern(String key, int id) {
    }

    private final int[] rootNext = new int[0x10000];
    private final int[] childStart;
    private final char[] childLabel;
    private final int[] childTarget;
    private final int[] fail;
    private final int[] dict;
    /** The first node whose outputs a scan reports on entering a state: itself if it has outputs, else dict. */
    private final int[] report;
    private final int[] outStart;
    private final int[] outIds;
    private final int nodes;
    private final DenseRows dense;

    KeyAutomaton(List<Pattern> patterns) {
        Pattern[] sorted = patterns.toArray(new Pattern[0]);
        Arrays.sort(sorted, (a, b) -> a.key().compareTo(b.key()));
        TrieBuilder trie = new TrieBuilder(sorted.length * 4 + 1);
        int[] terminal = new int[sorted.length];
        for (int p = 0; p < sorted.length; p++) {
            terminal[p] = trie.insert(sorted[p].key());
        }
        nodes = trie.size;
        int[] order = trie.breadthFirst();
        int[] id = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            id[order[node]] = node;
        }
        childStart = new int[nodes + 1];
        int edges = nodes - 1;
        childLabel = new char[Math.max(edges, 0)];
        childTarget = new int[Math.max(edges, 0)];
        int cursor = 0;
        for (int node = 0; node < nodes; node++) {
            childStart[node] = cursor;
            for (int child = trie.firstChild[order[node]]; child != 0; child = trie.nextSibling[child]) {
                childLabel[cursor] = trie.label[child];
                childTarget[cursor] = id[child];
                cursor++;
                if (node == 0) {
                    rootNext[trie.label[child]] = id[child];
                }
            }
        }
        childStart[nodes] = cursor;
        outStart = new int[nodes + 1];
        outIds = new int[sorted.length];
        int[] counts = new int[nodes + 1];
        for (int t : terminal) {
            counts[id[t]]++;
        }
        for (int node = 0; node < nodes; node++) {
            outStart[node + 1] = outStart[node] + counts[node];
        }
        int[] fill = Arrays.copyOf(outStart, nodes);
        for (int p = 0; p < sorted.length; p++) {
            outIds[fill[id[terminal[p]]]++] = sorted[p].id();
        }
        fail = new int[nodes];
        dict = new int[nodes];
        linkFailures();
        report = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            report[node] = outStart[node] < outStart[node + 1] ? node : dict[node];
        }
        dense = new DenseRows(childStart, childLabel, childTarget, fail, this::child);
    }

    int size() {
        return nodes;
    }

    void scan(MatchKey key, Sink sink) {
        int state = 0;
        for (int k = 0; k < key.length(); k++) {
            state = next(state, key.charAt(k));
            for (int node = report[state]; node > 0; node = dict[node]) {
                for (int o = outStart[node]; o < outStart[node + 1]; o++) {
                    sink.match(outIds[o], k);
                }
            }
        }
    }

    private int next(int state, char c) {
        while (true) {
            int target = dense.next(state, c);
            if (target >= 0) {
                return target;
            }
            target = child(state, c);
            if (target > 0) {
                return target;
            }
            if (state == 0) {
                return 0;
            }
            state = fail[state];
        }
    }

    private int child(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        int lo = childStart[state];
        int hi = childStart[state + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char label = childLabel[mid];
            if (label < c) {
                lo = mid + 1;
            } else if (label > c) {
                hi = mid - 1;
            } else {
                return childTarget[mid];
            }
        }
        return 0;
    }

    private void linkFailures() {
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        for (int e = childStart[0]; e < childStart[1]; e++) {
            queue[tail++] = childTarget[e];
        }
        while (head < tail) {
            int node = queue[head++];
            for (int e = childStart[node]; e < childStart[node + 1]; e++) {
                int child = childTarget[e];
                char c = childLabel[e];
                int f = fail[node];
                int target = child(f, c);
                while (target == 0 && f != 0) {
                    f = fail[f];
                    target = child(f, c);
                }
                fail[child] = target;
                dict[child] = outStart[target] < outStart[target + 1] ? target : dict[target];
                queue[tail++] = child;
            }
        }
    }

    /** First-child/next-sibling trie; inserting sorted keys keeps every child list sorted. */
    private static final class TrieBuilder {
        int[] firstChild;
        int[] lastChild;
        int[] nextSibling;
        char[] label;
        int size = 1;

        /** Node ids in breadth-first order, children in label order: the root first, then depth 1, … */
        int[] breadthFirst() {
            int[] queue = new int[size];
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                for (int child = firstChild[queue[head]]; child != 0; child = nextSibling[child]) {
                    queue[tail++] = child;
                }
            }
            return queue;
        }

        TrieBuilder(int capacity) {
            firstChild = new int[capacity];
            lastChild = new int[capacity];
            nextSibling = new int[capacity];
            label = new char[capacity];
        }

        int insert(String key) {
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int last = lastChild[node];
                if (last != 0 && label[last] == c) {
                    node = last;
                    continue;
                }
                int created = newNode(c);
                if (last == 0) {
                    firstChild[node] = created;
                } else {
                    nextSibling[last] = created;
                }
                lastChild[node] = created;
                node = created;
            }
            return node;
        }

        private int newNode(char c) {
            if (size == label.length) {
                int capacity = size * 2;
                firstChild = Arrays.copyOf(firstChild, capacity);
                lastChild = Arrays.copyOf(lastChild, capacity);
                nextSibling = Arrays.copyOf(nextSibling, capacity);
                label = Arrays.copyOf(label, capacity);
            }
            label[size] = c;
            return size++;
        }
    }
}
