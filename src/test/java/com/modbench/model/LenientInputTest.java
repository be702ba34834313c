package com.modbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.modbench.model.image.ImageUrl;
import com.modbench.model.lists.ListBody;
import com.modbench.model.review.CreateVideoReviewItem;
import com.modbench.model.review.Frames;
import com.modbench.model.review.Job;
import com.modbench.model.review.JobCallback;
import com.modbench.model.review.Review;
import com.modbench.model.review.TranscriptModerationItem;
import com.modbench.model.text.Screen;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's §5 item 4 and §1.5: what real clients send that the strict schema would not allow. */
class LenientInputTest {

    @ParameterizedTest(name = "Frame Timestamp {0}")
    @ValueSource(strings = {"1122", "\"1122\""})
    void frameTimestampMayBeIntegerOrString(String timestamp) throws Exception {
        Frames frames = Json.mapper().readValue(
                "{\"ReviewId\":\"r\",\"VideoFrames\":[{\"Timestamp\":" + timestamp + ",\"FrameImage\":\"f.jpg\"}]}",
                Frames.class);
        assertEquals("1122", frames.videoFrames().get(0).timestamp());
    }

    /** §3.7.4: the schema says integer, the spec's own example sends {@code "2334"}. */
    @ParameterizedTest(name = "VideoFrame Timestamp {0}")
    @ValueSource(strings = {"2334", "\"2334\""})
    void videoFrameTimestampMayBeIntegerOrString(String timestamp) throws Exception {
        List<CreateVideoReviewItem> items = Json.mapper().readValue("[{\"VideoFrames\":[{\"Id\":\"frm1\",\"Timestamp\":"
                + timestamp + ",\"FrameImage\":\"u\"}],\"Type\":\"Video\",\"Content\":\"v\",\"ContentId\":\"c\","
                + "\"Status\":\"Unpublished\"}]", new TypeReference<List<CreateVideoReviewItem>>() { });
        assertEquals(2334L, items.get(0).videoFrames().get(0).timestamp());
    }

    @ParameterizedTest(name = "transcript Timestamp {0}")
    @ValueSource(strings = {"2334", "\"2334\""})
    void transcriptTimestampMayBeIntegerOrString(String timestamp) throws Exception {
        List<TranscriptModerationItem> items = Json.mapper().readValue(
                "[{\"Timestamp\":" + timestamp + ",\"Terms\":[{\"Index\":1,\"Term\":\"bad\"}]}]",
                new TypeReference<List<TranscriptModerationItem>>() { });
        assertEquals("2334", items.get(0).timestamp());
        assertEquals(1, items.get(0).terms().get(0).index());
    }

    /** Status enum values arrive in any case (the spec example itself writes {@code UnPublished}); kept as sent. */
    @ParameterizedTest(name = "Status {0}")
    @ValueSource(strings = {"Unpublished", "UnPublished", "unpublished", "PENDING", "complete", "InProgress", "inprogress",
            "ERROR"})
    void statusEnumsAreAcceptedInAnyCase(String status) throws Exception {
        String quoted = Json.write(status);
        assertEquals(status, Json.mapper().readValue("{\"Status\":" + quoted + "}", Review.class).status());
        assertEquals(status, Json.mapper().readValue("{\"Status\":" + quoted + "}", Job.class).status());
        assertEquals(status, Json.mapper().readValue("{\"Status\":" + quoted + "}", JobCallback.class).status());
        List<CreateVideoReviewItem> items = Json.mapper().readValue("[{\"Type\":\"Video\",\"Content\":\"v\","
                + "\"ContentId\":\"c\",\"Status\":" + quoted + "}]", new TypeReference<List<CreateVideoReviewItem>>() { });
        assertEquals(status, items.get(0).status());
    }

    /** §1.5: one docs extract shows {@code 3000.0} and a null {@code Exception}. */
    @Test
    void statusAcceptsAFloatLookingCodeAndANullException() throws Exception {
        Status status = Json.mapper().readValue("{\"Code\":3000.0,\"Description\":\"OK\",\"Exception\":null}",
                Status.class);
        assertEquals(new Status(3000, "OK", null), status);
        assertEquals("{\"Code\":3000,\"Description\":\"OK\"}", Json.write(status));
    }

    /** §4: the Java SDK sends list metadata as a fixed object with the keys "Key One" and "Key Two", often null. */
    @Test
    void javaSdkListMetadataParses() throws Exception {
        ListBody body = Json.mapper().readValue(
                "{\"Name\":\"n\",\"Metadata\":{\"Key One\":null,\"Key Two\":\"v\"}}", ListBody.class);
        assertEquals("n", body.name());
        assertTrue(body.metadata().containsKey("Key One"));
        assertNull(body.metadata().get("Key One"));
        assertEquals("v", body.metadata().get("Key Two"));
    }

    @Test
    void imageUrlDataRepresentationDefaultsToUrl() throws Exception {
        ImageUrl url = Json.mapper().readValue("{\"Value\":\"http://127.0.0.1/a.jpg\"}", ImageUrl.class);
        assertEquals(ImageUrl.of("http://127.0.0.1/a.jpg"), url);
    }

    /** §3.1.1: clients must tolerate absent or null sections and unknown fields. */
    @Test
    void screenToleratesNullSectionsAndUnknownFields() throws Exception {
        Screen screen = Json.mapper().readValue("{\"OriginalText\":\"hi\",\"Terms\":null,\"PII\":null,"
                + "\"SomethingNew\":{\"x\":1},\"Status\":{\"Code\":3000,\"Description\":\"OK\",\"Exception\":null}}",
                Screen.class);
        assertEquals("hi", screen.originalText());
        assertNull(screen.terms());
        assertNull(screen.pii());
        assertEquals(3000, screen.status().code());
    }
}
