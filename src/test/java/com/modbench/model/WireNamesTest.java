package com.modbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
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
import com.modbench.model.review.JobListResult;
import com.modbench.model.review.Review;
import com.modbench.model.review.ReviewCallback;
import com.modbench.model.review.TranscriptModerationItem;
import com.modbench.model.review.Workflow;
import com.modbench.model.text.Classification;
import com.modbench.model.text.DetectedLanguage;
import com.modbench.model.text.DetectedTerm;
import com.modbench.model.text.Pii;
import com.modbench.model.text.Screen;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each schema of the contract's §4 (and the request and callback bodies of §3.7–3.8) maps to a record whose JSON
 * property names are exactly the contract's, casing quirks included. Checked on Jackson's own view of the record,
 * so a field that a null value hides in the round-trip test is still checked here.
 */
class WireNamesTest {

    static Stream<Arguments> schemas() {
        return Stream.of(
                schema("Status", Status.class, "Code", "Description", "Exception"),
                schema("KeyValuePair / Tag", KeyValuePair.class, "Key", "Value"),
                schema("APIError", ApiError.class, "Error"),
                schema("APIError.Error", ApiError.Detail.class, "Code", "Message"),
                schema("Screen", Screen.class, "OriginalText", "NormalizedText", "AutoCorrectedText",
                        "Misrepresentation", "Classification", "Status", "PII", "Language", "Terms", "TrackingId"),
                schema("Classification", Classification.class, "Category1", "Category2", "Category3",
                        "ReviewRecommended"),
                schema("Classification score", Classification.Score.class, "Score"),
                // CreditCard and IBAN: Modbench extensions, null and so omitted unless requested (api-extensions.md)
                schema("PII", Pii.class, "Email", "SSN", "IPA", "Phone", "Address", "CreditCard", "IBAN"),
                schema("CreditCard (extension)", Pii.CreditCard.class, "Brand", "Text", "Index"),
                schema("IBAN (extension)", Pii.Iban.class, "CountryCode", "Text", "Index"),
                schema("Email", Pii.Email.class, "Detected", "SubType", "Text", "Index"),
                schema("SSN", Pii.Ssn.class, "Text", "Index"),
                schema("Address", Pii.Address.class, "Text", "Index"),
                schema("IPA", Pii.Ipa.class, "SubType", "Text", "Index"),
                schema("Phone", Pii.Phone.class, "CountryCode", "Text", "Index"),
                schema("DetectedTerms", DetectedTerm.class, "Index", "OriginalIndex", "ListId", "Term"),
                schema("DetectedLanguage", DetectedLanguage.class, "DetectedLanguage", "Status", "TrackingId"),
                schema("Evaluate", Evaluate.class, "CacheID", "Result", "TrackingId", "AdultClassificationScore",
                        "IsImageAdultClassified", "RacyClassificationScore", "IsImageRacyClassified", "AdvancedInfo",
                        "Status"),
                schema("FoundFaces", FoundFaces.class, "Status", "TrackingId", "CacheId", "Result", "Count",
                        "AdvancedInfo", "Faces"),
                schema("Face", FoundFaces.Face.class, "Bottom", "Left", "Right", "Top"),
                schema("OCR", Ocr.class, "Status", "Metadata", "TrackingId", "CacheId", "Language", "Text",
                        "Candidates"),
                schema("Candidate", Ocr.Candidate.class, "Text", "Confidence"),
                schema("MatchResponse", MatchResponse.class, "TrackingId", "CacheID", "IsMatch", "Matches", "Status"),
                schema("Match", MatchResponse.Match.class, "Score", "MatchId", "Source", "Tags", "Label"),
                schema("ImageUrl", ImageUrl.class, "DataRepresentation", "Value"),
                schema("Body", ListBody.class, "Name", "Description", "Metadata"),
                schema("ImageList", ImageList.class, "Id", "Name", "Description", "Metadata"),
                schema("TermList", TermList.class, "Id", "Name", "Description", "Metadata"),
                schema("RefreshIndex", RefreshIndex.class, "ContentSourceId", "IsUpdateSuccess", "AdvancedInfo",
                        "Status", "TrackingId"),
                schema("Image", Image.class, "ContentId", "AdditionalInfo", "Status", "TrackingId"),
                schema("ImageIds", ImageIds.class, "ContentSource", "ContentIds", "Status", "TrackingId"),
                schema("Terms", Terms.class, "Data", "Paging"),
                schema("TermsData", Terms.Data.class, "Language", "Terms", "Status", "TrackingId"),
                schema("TermsInList", Terms.Term.class, "Term"),
                schema("TermsPaging", Terms.Paging.class, "Total", "Limit", "Offset", "Returned"),
                schema("Review", Review.class, "ReviewId", "SubTeam", "Status", "ReviewerResultTags", "CreatedBy",
                        "Metadata", "Type", "Content", "ContentId", "CallbackEndpoint"),
                schema("Job", Job.class, "Id", "TeamName", "Status", "WorkflowId", "Type", "CallBackEndpoint",
                        "ReviewId", "ResultMetaData", "JobExecutionReport"),
                schema("JobExecutionReportDetails", Job.ExecutionReportEntry.class, "Ts", "Msg"),
                schema("JobId", JobId.class, "JobId"),
                schema("JobListResult", JobListResult.class, "Value"),
                schema("Frames", Frames.class, "ReviewId", "VideoFrames"),
                schema("Frame", Frames.Frame.class, "Timestamp", "FrameImage", "Metadata", "ReviewerResultTags"),
                schema("CreateReviews item", CreateReviewItem.class, "Type", "Content", "ContentId",
                        "CallbackEndpoint", "Metadata"),
                schema("CreateVideoReviews item", CreateVideoReviewItem.class, "VideoFrames", "Metadata", "Type",
                        "Content", "ContentId", "Status", "Timescale", "CallbackEndpoint"),
                schema("VideoFrame", CreateVideoReviewItem.VideoFrame.class, "Id", "Timestamp", "FrameImage",
                        "Metadata", "ReviewerResultTags"),
                schema("TranscriptModerationBody", TranscriptModerationItem.class, "Timestamp", "Terms"),
                schema("TranscriptTerm", TranscriptModerationItem.TranscriptTerm.class, "Index", "Term"),
                schema("Content (CreateJob body)", JobContent.class, "ContentValue"),
                schema("job callback", JobCallback.class, "JobId", "ReviewId", "WorkFlowId", "Status", "ContentType",
                        "ContentId", "CallBackType", "Metadata"),
                schema("review callback", ReviewCallback.class, "ReviewId", "ModifiedOn", "ModifiedBy",
                        "CallBackType", "ContentId", "Metadata", "ReviewerResultTags"),
                schema("workflow", Workflow.class, "Name", "Description", "Type", "Expression"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void recordHasExactlyTheContractsNames(String schema, Class<?> record, Set<String> names) {
        Set<String> serialised = Json.mapper().getSerializationConfig()
                .introspect(Json.mapper().constructType(record)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> deserialised = Json.mapper().getDeserializationConfig()
                .introspect(Json.mapper().constructType(record)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names, serialised, schema + " written");
        assertEquals(names, deserialised, schema + " read");
    }

    /** Property names match exactly, so the neighbouring spelling of a quirk is not silently accepted. */
    @Test
    void quirkSpellingsAreNotInterchangeable() throws Exception {
        assertNull(Json.mapper().readValue("{\"CacheId\":\"x\"}", Evaluate.class).cacheId());
        assertNull(Json.mapper().readValue("{\"CacheID\":\"x\"}", FoundFaces.class).cacheId());
        assertNull(Json.mapper().readValue("{\"CallbackEndpoint\":\"x\"}", Job.class).callBackEndpoint());
        assertNull(Json.mapper().readValue("{\"CallBackEndpoint\":\"x\"}", Review.class).callbackEndpoint());
        assertNull(Json.mapper().readValue("{\"ResultMetadata\":[]}", Job.class).resultMetaData());
        assertNull(Json.mapper().readValue("{\"WorkflowId\":\"x\"}", JobCallback.class).workFlowId());
        assertNull(Json.mapper().readValue("{\"CallbackType\":\"x\"}", ReviewCallback.class).callBackType());
    }

    private static Arguments schema(String name, Class<?> record, String... names) {
        return Arguments.of(name, record, new TreeSet<>(Set.of(names)));
    }
}
