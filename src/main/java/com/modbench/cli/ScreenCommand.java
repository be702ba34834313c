package com.modbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modbench.api.ErrorCode;
import com.modbench.api.Moderator;
import com.modbench.api.ModeratorException;
import com.modbench.api.ScreenOptions;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.model.ApiError;
import com.modbench.model.Json;
import com.modbench.store.Database;
import com.modbench.store.DatabaseLocation;
import com.modbench.store.lists.SqliteTermListRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** {@code screen [--jsonl] [options]}: screens stdin with the embedded engine. */
final class ScreenCommand {

    /** Far above any valid line (1,024 characters of text, even fully \\u-escaped), yet a bounded buffer. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final ObjectReader LINE_READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String HELP = """
            Usage: java -jar modbench.jar screen [--jsonl] [--autocorrect] [--pii] [--classify]
                                                 [--review-thresholds C1,C2,C3] [--language CODE] [--list-id ID]

            Reads UTF-8 text on stdin and prints the Screen JSON of ProcessText/Screen on stdout.
            On bad input prints the API error body {"Error":{"Code":…,"Message":…}} on stderr, exit code 2.

              --jsonl          read JSON Lines {"id":…,"text":…}; write one line per input line:
                               {"id":…,"result":<Screen>} or {"id":…,"error":<APIError>}
                               (id defaults to the line number; blank lines are skipped;
                               exit code 2 if any line failed)
              --autocorrect    also return AutoCorrectedText
              --pii            detect personal data (Email, IPA, Phone, Address, SSN)
              --classify       score Category1/2/3 and ReviewRecommended
              --review-thresholds C1,C2,C3
                               with --classify: ReviewRecommended is true when Category1 >= C1, Category2 >= C2
                               or Category3 >= C3; three numbers in 0..1 (default 0.5,0.5,0.5)
              --language CODE  ISO 639-3 code of the text (default: detected)
              --list-id ID     also match the custom term list ID (as last refreshed) from the desktop
                               database: -Dmodbench.db, else $MODBENCH_DB, else ~/.modbench/modbench.db
            """;

    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ScreenArgs parsed;
        try {
            parsed = ScreenArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(HELP);
            return Cli.USAGE;
        }
        if (parsed.help()) {
            out.print(HELP);
            return Cli.OK;
        }
        try (Database database = openDatabase(parsed.options());
             Moderator moderator = new EmbeddedModerator(
                     SharedStages.INSTANCE.withReviewThresholds(parsed.reviewThresholds()),
                     new SqliteTermListRepository(database), TermListLimits.DEFAULT)) {
            return parsed.jsonl() ? screenLines(moderator, parsed.options(), in, out)
                    : screenAll(moderator, parsed.options(), in, out, err);
        } catch (IOException e) {
            err.println(Json.write(ApiError.of(ErrorCode.INVALID_ARGUMENT.wireCode(), "Cannot read stdin: " + e.getMessage())));
            return Cli.BAD_INPUT;
        } catch (ModeratorException e) {
            err.println(Json.write(e.toApiError()));
            return Cli.BAD_INPUT;
        }
    }

    /** Custom lists live in the desktop database; without {@code --list-id} nothing is read or written there. */
    private static Database openDatabase(ScreenOptions options) {
        return options.listId() == null ? Database.inMemory() : Database.open(DatabaseLocation.resolve());
    }

    private int screenAll(Moderator moderator, ScreenOptions options, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        try {
            out.println(Json.writePretty(moderator.text().screen(decodeStrict(in.readAllBytes()), options)));
            return Cli.OK;
        } catch (ModeratorException e) {
            err.println(Json.write(e.toApiError()));
            return Cli.BAD_INPUT;
        }
    }

    /** Streams: one line in, one line out, so memory stays constant however long the input is. */
    private int screenLines(Moderator moderator, ScreenOptions options, InputStream in, PrintStream out)
            throws IOException {
        Utf8Lines lines = new Utf8Lines(in, MAX_LINE_BYTES);
        int failures = 0;
        for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.text() != null && line.text().isBlank()) {
                continue;
            }
            ObjectNode result = screenLine(moderator, options, line);
            if (result.has("error")) {
                failures++;
            }
            out.println(Json.write(result));
        }
        out.flush();
        return failures == 0 ? Cli.OK : Cli.BAD_INPUT;
    }

    private ObjectNode screenLine(Moderator moderator, ScreenOptions options, Utf8Lines.Line line) {
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("id", line.number());
        try {
            if (line.problem() != null) {
                throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, line.problem());
            }
            JsonNode item = LINE_READER.readTree(line.text());
            if (item.isObject() && item.has("id")) {
                result.set("id", item.get("id"));
            }
            if (!item.isObject() || !item.path("text").isTextual()) {
                throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                        "Line " + line.number() + " is not an object with a string \"text\".");
            }
            result.set("result", Json.mapper().valueToTree(moderator.text().screen(item.get("text").asText(), options)));
        } catch (ModeratorException e) {
            result.set("error", Json.mapper().valueToTree(e.toApiError()));
        } catch (JsonProcessingException e) {
            result.set("error", Json.mapper().valueToTree(ApiError.of(ErrorCode.INVALID_ARGUMENT.wireCode(),
                    "Line " + line.number() + " is not valid JSON: " + e.getOriginalMessage())));
        } catch (RuntimeException e) {
            // One line the engine cannot handle must not end a stream of a million.
            result.set("error", Json.mapper().valueToTree(ApiError.of(ErrorCode.INTERNAL_ERROR.wireCode(),
                    "Line " + line.number() + " could not be screened: " + e)));
        }
        return result;
    }

    /** The whole of stdin as strict UTF-8, without a leading byte order mark. */
    static String decodeStrict(byte[] bytes) {
        String text = Utf8Lines.decode(bytes, bytes.length);
        if (text == null) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The input is not valid UTF-8 text.");
        }
        return Utf8Lines.withoutByteOrderMark(text);
    }

    /** Built once per process: loading the lexicons and language model costs far more than a screen. */
    private static final class SharedStages {
        static final TextScreenerStages INSTANCE = TextScreenerStages.standard();
    }
}
