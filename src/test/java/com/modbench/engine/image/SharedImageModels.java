package com.modbench.engine.image;

import com.modbench.engine.image.input.ImageFetcher;
import com.modbench.engine.image.lists.ImageListRepository;
import com.modbench.engine.image.lists.InMemoryImageListRepository;
import com.modbench.engine.image.ocr.TessdataLocator;

/** One set of loaded models for all image tests (loading them is the slow part), and fresh engines around them. */
public final class SharedImageModels {

    public static final ImageModels MODELS = new ImageModels(ImageEngineSettings.DEFAULT, new TessdataLocator(null));

    private SharedImageModels() {
    }

    public static ImageServices engine(ImageFetcher fetcher) {
        return engine(fetcher, new InMemoryImageListRepository());
    }

    /** A whole embedded engine (text + images) over in-memory stores, with the shared image models. */
    public static com.modbench.engine.EmbeddedModerator moderator(ImageFetcher fetcher) {
        return new com.modbench.engine.EmbeddedModerator(com.modbench.engine.text.TextScreenerStages.standard(),
                new com.modbench.store.lists.SqliteTermListRepository(com.modbench.store.Database.inMemory()),
                com.modbench.engine.lists.TermListLimits.DEFAULT, engine(fetcher));
    }

    public static ImageServices engine(ImageFetcher fetcher, ImageListRepository repository) {
        return new ImageServices(ImageEngineSettings.DEFAULT, fetcher, repository, MODELS);
    }
}
