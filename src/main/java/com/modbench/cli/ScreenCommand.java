package com.modbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.modbench.api.ErrorCode;
import com.modbench.api.Moderator;
import com.modbench.api.ModeratorException;
import com.modbench.api.ScreenOptions;
import com.modbench.engine.EmbeddedModerator;
import com.modbench.model.ApiError;
import com.modbench.model.Json;
import com.modbench.store.Database;
import com.modbench.store.DatabaseLocation;
import com.modbench.store.lists.SqliteTermListRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** {@code screen [--jsonl] [options]}: screens stdin with the embedded engine. */
final class ScreenCommand {

    private static final String HELP = """
            Usage: java -jar modbench.jar screen [--jsonl] [--autocorrect] [--pii] [--classify]
                                                 [--language CODE] [--list-id ID]

            Reads UTF-8 text on stdin and prints the Screen JSON of ProcessText/Screen on stdout.
            On bad input prints the API error body {"Error":{"Code":…,"Message":…}} on stderr, exit code 2.

              --jsonl          read JSON Lines {"id":…,"text":…}; write one line per input:
                               {"id":…,"result":<Screen>} or {"id":…,"error":<APIError>}
              --autocorrect    also return AutoCorrectedText
              --pii            detect personal data (Email, IPA, Phone, Address, SSN)
              --classify       score Category1/2/3 and ReviewRecommended
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
             Moderator moderator = EmbeddedModerator.standard(new SqliteTermListRepository(database))) {
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
            String text = decodeStrict(in.readAllBytes());
            out.println(Json.writePretty(moderator.text().screen(text, options)));
            return Cli.OK;
        } catch (ModeratorException e) {
            err.println(Json.write(e.toApiError()));
            return Cli.BAD_INPUT;
        }
    }

    /** Streams: one line in, one line out, so memory stays constant however long the input is. */
    private int screenLines(Moderator moderator, ScreenOptions options, InputStream in, PrintStream out)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        int failures = 0;
        long lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = Json.mapper().createObjectNode();
            try {
                JsonNode item = Json.mapper().readTree(line);
                if (item == null || !item.isObject() || !item.has("text") || !item.get("text").isTextual()) {
                    throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                            "Line " + lineNumber + " is not an object with a string \"text\".");
                }
                result.set("id", item.has("id") ? item.get("id") : Json.mapper().getNodeFactory().numberNode(lineNumber));
                result.set("result", Json.mapper().valueToTree(moderator.text().screen(item.get("text").asText(), options)));
            } catch (ModeratorException e) {
                failures++;
                result.set("error", Json.mapper().valueToTree(e.toApiError()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                failures++;
                result.set("id", Json.mapper().getNodeFactory().numberNode(lineNumber));
                result.set("error", Json.mapper().valueToTree(ApiError.of(ErrorCode.INVALID_ARGUMENT.wireCode(),
                        "Line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage())));
            }
            out.println(Json.write(result));
        }
        out.flush();
        return failures == 0 ? Cli.OK : Cli.BAD_INPUT;
    }

    static String decodeStrict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "The input is not valid UTF-8 text.");
        }
    }
}
