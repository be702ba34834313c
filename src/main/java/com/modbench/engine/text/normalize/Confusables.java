package com.modbench.engine.text.normalize;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Resolves look-alike letters from other scripts inside a word, using tables precomputed once from ICU's confusable
 * skeletons (UTS #39). A word written in one script is left alone ("сосо" stays Russian); a word that mixes scripts is
 * brought to its majority script: "bаstard" with a Cyrillic а becomes Latin, "xуй" with a Latin x becomes Cyrillic.
 * Changes are one char for one char, so offsets are untouched.
 */
final class Confusables {

    /** Latin letter a non-Latin (or decorative Latin) letter looks like; 0 if none. */
    private static final char[] TO_LATIN = new char[0x10000];
    /** Cyrillic letter a lower-case Latin letter looks like; 0 if none. */
    private static final char[] LATIN_TO_CYRILLIC = new char[128];
    static final String TABLE = "/normalize/confusables.tsv";
    private static final int[][] RANGES = {
        {0x0370, 0x03FF}, {0x1F00, 0x1FFF}, {0x0400, 0x052F}, {0x0530, 0x058F}, {0x13A0, 0x13FF}, {0xAB70, 0xABBF},
        {0x1D00, 0x1D7F}, {0x2C80, 0x2CFF}, {0xA4D0, 0xA4FF}, {0x10A0, 0x10FF}, {0x0180, 0x024F}, {0xA720, 0xA7FF},
    };
    /** Small capitals and look-alikes from the IPA block that "fancy text" generators use. */
    private static final String IPA_FAKES = "ɑɡɪʀʏʜɴʟʙɢɛɩɔ";
    /** Small capitals read as their letter; ICU relates them to capitals, which case folding has removed. */
    private static final String SMALL_CAPITALS = "ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpǫqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz";

    static {
        try (InputStream in = Confusables.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cols = line.split("\t");
                    TO_LATIN[Integer.parseInt(cols[0].substring(2), 16)] = cols[1].charAt(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        String latin = "acdehijkmopstxy";
        String cyrillic = "асԁеһіјкмортѕху";
        for (int i = 0; i < latin.length(); i++) {
            LATIN_TO_CYRILLIC[latin.charAt(i)] = cyrillic.charAt(i);
        }
    }

    private Confusables() {
    }

    /**
     * The table as ICU computes it: lower-case letters of look-alike scripts whose UTS #39 skeleton is one Latin
     * letter. Shipped precomputed in {@link #TABLE} because building a SpoofChecker takes about a second.
     */
    static SortedMap<Integer, Character> computeFromIcu() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        SortedMap<Integer, Character> table = new TreeMap<>();
        for (int[] range : RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                learn(spoof, cp, table);
            }
        }
        for (char c : IPA_FAKES.toCharArray()) {
            learn(spoof, c, table);
        }
        for (int i = 0; i < SMALL_CAPITALS.length(); i += 2) {
            table.put((int) SMALL_CAPITALS.charAt(i), SMALL_CAPITALS.charAt(i + 1));
        }
        table.remove(0x0131); // dotless i is a letter of its own in Turkish
        return table;
    }

    private static void learn(SpoofChecker spoof, int cp, Map<Integer, Character> table) {
        if (!Character.isLetter(cp) || !Character.isLowerCase(cp) && Character.isUpperCase(cp)) {
            return;
        }
        String skeleton = spoof.getSkeleton(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT);
        if (!isLatinLetter(skeleton)) {
            // case folding turned a capital look-alike (К, Т, В) into a lower-case letter that looks like nothing
            int upper = Character.toUpperCase(cp);
            skeleton = upper == cp ? "" : spoof.getSkeleton(new String(Character.toChars(upper)));
            skeleton = skeleton.equals("l") ? "i" : skeleton.toLowerCase(Locale.ROOT);
        }
        if (isLatinLetter(skeleton)) {
            table.put(cp, skeleton.charAt(0));
        }
    }

    private static boolean isLatinLetter(String s) {
        return s.length() == 1 && s.charAt(0) >= 'a' && s.charAt(0) <= 'z';
    }

    /**
     * Resolves every mixed-script word of {@code text} in place. Only words with a char from U+0180 on can mix
     * scripts, so the scan looks for those chars and only then finds the word around them.
     */
    static void resolve(char[] text, int length) {
        int i = 0;
        while (i < length) {
            char c = text[i];
            if (c < 0x0180 || !isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isWordChar(text[start - 1])) {
                start--;
            }
            int end = i + 1;
            while (end < length && isWordChar(text[end])) {
                end++;
            }
            resolveWord(text, start, end);
            i = end;
        }
    }

    private static boolean isWordChar(char c) {
        return CharFlags.isLetterOrNonSpacingMark(c);
    }

    private static void resolveWord(char[] text, int start, int end) {
        int latin = 0;
        int cyrillic = 0;
        int otherDefinite = 0;
        int lookalikes = 0;
        int lookalikeScript = -1;
        boolean mixedLookalikes = false;
        boolean latinAllMappable = true;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (!Character.isLetter(c)) {
                continue;
            }
            int script = UScript.getScript(c);
            if (script == UScript.LATIN) {
                latin++;
                latinAllMappable &= c < 128 && LATIN_TO_CYRILLIC[c] != 0;
            } else if (TO_LATIN[c] != 0) {
                lookalikes++;
                mixedLookalikes |= lookalikeScript != -1 && lookalikeScript != script;
                lookalikeScript = script;
            } else if (script == UScript.CYRILLIC) {
                cyrillic++;
            } else {
                otherDefinite++;
            }
        }
        if (cyrillic > 0 && latin > 0 && latinAllMappable && otherDefinite == 0) {
            replace(text, start, end, LATIN_TO_CYRILLIC, true);
        } else if (latin > cyrillic + otherDefinite || lookalikes > 0 && mixedLookalikes && cyrillic + otherDefinite == 0) {
            replace(text, start, end, TO_LATIN, false);
        }
    }

    private static void replace(char[] text, int start, int end, char[] table, boolean latinOnly) {
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c < table.length && (!latinOnly || c < 128) && table[c] != 0) {
                text[i] = table[c];
            }
        }
    }
}
