package com.modbench.store.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.modbench.api.ImageInput;
import com.modbench.api.ImageLists;
import com.modbench.engine.image.ImageServices;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.image.TestImages;
import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.engine.image.lists.IndexedImage;
import com.modbench.engine.image.lists.StoredImage;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image lists on a real SQLite file: what was stored, and what Match sees, survives closing and reopening. */
class SqliteImageListRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void storesListsImagesAndTheIndexSnapshot() {
        Path file = folder.resolve("modbench.db");
        int listId;
        int imageId;
        try (Database db = Database.open(file)) {
            SqliteImageListRepository repository = new SqliteImageListRepository(db);
            ImageList list = repository.createList(new ListBody("Known", "desc", Map.of("k", "v")));
            listId = list.id();
            StoredImage image = repository.addImage(listId, -5L, new byte[] {9, 9}, 101, "label", new byte[] {1, 2, 3});
            imageId = image.id();
            repository.addImage(listId, 42L, null, null, null, null);
            repository.replaceIndex(listId, List.of(new IndexedImage(imageId, listId, -5L, List.of(101), "label")));
        }
        try (Database db = Database.open(file)) {
            SqliteImageListRepository repository = new SqliteImageListRepository(db);
            assertEquals(List.of(new ImageList(listId, "Known", "desc", Map.of("k", "v"))), repository.lists());
            assertEquals(2, repository.imageCount(listId));
            StoredImage first = repository.images(listId).get(0);
            assertEquals(-5L, first.hash());
            assertEquals(101, first.tag());
            assertEquals(null, repository.images(listId).get(1).tag());
            assertArrayEquals(new byte[] {1, 2, 3}, repository.thumbnail(listId, imageId).orElseThrow());
            assertEquals(List.of(new IndexedImage(imageId, listId, -5L, List.of(101), "label")),
                    repository.index(listId));
            assertEquals(1, repository.indexRevision(listId));
            assertArrayEquals(new byte[] {9, 9}, repository.indexedFeatures(listId, imageId).orElseThrow());

            assertTrue(repository.deleteList(listId));
            assertTrue(repository.images(listId).isEmpty());
            assertTrue(repository.index(listId).isEmpty());
            assertFalse(repository.deleteImage(listId, imageId));
        }
    }

    @Test
    void theRefreshedIndexSurvivesARestartAndLaterEditsWaitForRefresh() {
        Path file = folder.resolve("match.db");
        int listId;
        try (Database db = Database.open(file);
             ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing(), new SqliteImageListRepository(db))) {
            ImageLists lists = engine.lists();
            listId = lists.create(new ListBody("Known", null, null)).id();
            lists.addImage(listId, ImageInput.bytes(TestImages.sample("astronaut")), 101, "astronaut");
            assertEquals(java.util.Optional.of(false), lists.isIndexCurrent(listId));
            lists.refreshIndex(listId);
            assertEquals(java.util.Optional.of(true), lists.isIndexCurrent(listId));
            lists.addImage(listId, ImageInput.bytes(TestImages.sample("coffee")), null, "coffee");
        }
        try (Database db = Database.open(file);
             ImageServices engine = SharedImageModels.engine(ImageFetcher.refusing(), new SqliteImageListRepository(db))) {
            assertTrue(engine.moderation().match(ImageInput.bytes(TestImages.sample("astronaut")), listId, false)
                    .isMatch());
            assertFalse(engine.moderation().match(ImageInput.bytes(TestImages.sample("coffee")), listId, false)
                    .isMatch(), "added after the last refresh");
            assertEquals(java.util.Optional.of(false), engine.lists().isIndexCurrent(listId));
            assertEquals(List.of("astronaut", "coffee"),
                    engine.lists().images(listId).stream().map(ImageLists.ListedImage::label).toList());
        }
    }
}
