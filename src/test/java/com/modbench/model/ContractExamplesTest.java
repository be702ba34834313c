package com.modbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.modbench.model.image.Evaluate;
import com.modbench.model.image.FoundFaces;
import com.modbench.model.image.ImageUrl;
import com.modbench.model.image.MatchResponse;
import com.modbench.model.image.Ocr;
import com.modbench.model.lists.Image;
import com.modbench.model.lists.ImageIds;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.model.lists.RefreshIndex;
import com.modbench.model.lists.TermList;
import com.modbench.model.lists.Terms;
import com.modbench.model.review.CreateReviewItem;
import com.modbench.model.review.CreateVideoReviewItem;
import com.modbench.model.review.Frames;
import com.modbench.model.review.Job;
import com.modbench.model.review.JobCallback;
import com.modbench.model.review.JobContent;
import com.modbench.model.review.JobId;
import com.modbench.model.review.Review;
import com.modbench.model.review.ReviewCallback;
import com.modbench.model.review.TranscriptModerationItem;
import com.modbench.model.review.Workflow;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.Screen;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example of the API contract ({@code content-moderator-api.md} §1 and §3) parses into its record and
 * re-serialises to the same JSON tree. The examples sit verbatim in {@code src/test/resources/contract/}, shortened
 * values such as {@code "..."} kept as literal strings. Where the contract elides a whole object ({@code {...}},
 * bare {@code ..}) the file fills it in from the contract's neighbouring example: the OK {@code Status}
 * (found-faces, image-ids), the create body's {@code Metadata} (image-list, term-list), the PUT body's condition
 * (workflow-get) and {@code ".."} for the tag pair (add-video-frame-url-body).
 */
class ContractExamplesTest {

    private static final TypeFactory TYPES = Json.mapper().getTypeFactory();

    static Stream<Arguments> examples() {
        return Stream.of(
                example("api-error.json", "§1.4 APIError", type(ApiError.class)),
                example("status-ok.json", "§1.5 Status", type(Status.class)),
                example("image-url.json", "§1.3 ImageUrl request", type(ImageUrl.class)),
                example("screen.json", "§3.1.1 Screen", type(Screen.class)),
                example("detected-language.json", "§3.1.2 DetectedLanguage", type(DetectedLanguage.class)),
                example("evaluate.json", "§3.2.1 Evaluate (CacheID)", type(Evaluate.class)),
                example("found-faces.json", "§3.2.2 FoundFaces (CacheId)", type(FoundFaces.class)),
                example("ocr.json", "§3.2.3 OCR (CacheId)", type(Ocr.class)),
                example("match-response.json", "§3.2.4 MatchResponse (CacheID)", type(MatchResponse.class)),
                example("image-list-body.json", "§3.3 image list Body", type(ListBody.class)),
                example("image-list.json", "§3.3 ImageList", type(ImageList.class)),
                example("refresh-index.json", "§3.3 RefreshIndex", type(RefreshIndex.class)),
                example("image.json", "§3.4 Image", type(Image.class)),
                example("image-ids.json", "§3.4 ImageIds", type(ImageIds.class)),
                example("term-list-body.json", "§3.5 term list Body", type(ListBody.class)),
                example("term-list.json", "§3.5 TermList", type(TermList.class)),
                example("terms.json", "§3.6 Terms", type(Terms.class)),
                example("job-content.json", "§3.7.1 CreateJob body", type(JobContent.class)),
                example("job-id.json", "§3.7.1 JobId", type(JobId.class)),
                example("job.json", "§3.7.2 Job (CallBackEndpoint, ResultMetaData)", type(Job.class)),
                example("create-reviews-body.json", "§3.7.3 CreateReviews body", listOf(CreateReviewItem.class)),
                example("review-ids.json", "§3.7.3 review ids", listOf(String.class)),
                example("create-video-reviews-body.json", "§3.7.4 CreateVideoReviews body",
                        listOf(CreateVideoReviewItem.class)),
                example("review.json", "§3.7.5 Review (CallbackEndpoint)", type(Review.class)),
                example("frames.json", "§3.7.6 Frames", type(Frames.class)),
                example("add-video-frame-url-body.json", "§3.7.7 AddVideoFrameUrl body", listOf(Frames.Frame.class)),
                example("frame-metadata.json", "§3.7.8 frameMetadata part", listOf(Frames.Frame.class)),
                example("transcript-moderation-body.json", "§3.7.11 transcript moderation body",
                        listOf(TranscriptModerationItem.class)),
                example("job-callback.json", "§3.7.13 job callback (WorkFlowId, CallBackType)", type(JobCallback.class)),
                example("review-callback.json", "§3.7.13 review callback", type(ReviewCallback.class)),
                example("workflow-put.json", "§3.8 workflow PUT body", type(Workflow.class)),
                example("workflow-get.json", "§3.8 workflow GET", type(Workflow.class)),
                example("workflow-combine.json", "§3.8 workflow with Combine and a tag action", type(Workflow.class)));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("examples")
    void exampleParsesAndReserialisesToTheSameJson(String file, String section, JavaType type) throws IOException {
        String json = read(file);
        JsonNode expected = Json.mapper().readTree(json);

        Object parsed = Json.mapper().readValue(json, type);
        assertNotNull(parsed, section);
        JsonNode actual = Json.mapper().readTree(Json.write(parsed));

        assertTrue(expected.equals(NUMBERS_BY_VALUE, actual),
                () -> section + " changed on the round trip\n expected: " + expected + "\n   actual: " + actual);
    }

    @Test
    void everyExampleFileIsInTheTable() throws IOException, URISyntaxException {
        Path dir = Path.of(ContractExamplesTest.class.getResource("/contract").toURI());
        Set<String> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> tabled = examples().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, tabled);
    }

    /** Jackson trees hold 1 and 1.0 as different nodes; the wire treats them as the same number. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static Arguments example(String file, String section, JavaType type) {
        return Arguments.of(file, section, type);
    }

    private static JavaType type(Class<?> record) {
        return TYPES.constructType(record);
    }

    private static JavaType listOf(Class<?> item) {
        return TYPES.constructCollectionType(java.util.List.class, item);
    }

    static String read(String file) throws IOException {
        try (InputStream in = ContractExamplesTest.class.getResourceAsStream("/contract/" + file)) {
            assertNotNull(in, "missing test resource contract/" + file);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
