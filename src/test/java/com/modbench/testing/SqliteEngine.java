package com.modbench.testing;

import com.modbench.engine.EmbeddedModerator;
import com.modbench.engine.image.SharedImageModels;
import com.modbench.engine.lists.TermListLimits;
import com.modbench.engine.text.TextScreenerStages;
import com.modbench.net.FetchPolicy;
import com.modbench.net.SafeImageFetcher;
import com.modbench.store.Database;
import com.modbench.store.images.SqliteImageListRepository;
import com.modbench.store.lists.SqliteTermListRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The standard engine (image models shared per JVM, image URLs behind the SSRF guard) over a real SQLite file in a fresh temporary folder, for a whole test class:
 * {@code @RegisterExtension static final SqliteEngine engine = SqliteEngine.open();}. Closed and deleted after the
 * class.
 */
public final class SqliteEngine implements AutoCloseable, AfterAllCallback {

    private final Path folder;
    private final Database database;
    private final EmbeddedModerator moderator;

    private SqliteEngine(Path folder) {
        this.folder = folder;
        this.database = Database.open(folder.resolve("modbench.db"));
        this.moderator = new EmbeddedModerator(TextScreenerStages.standard(), new SqliteTermListRepository(database),
                TermListLimits.DEFAULT, SharedImageModels.engine(new SafeImageFetcher(FetchPolicy.DEFAULT),
                        new SqliteImageListRepository(database)));
    }

    public static SqliteEngine open() {
        try {
            return new SqliteEngine(Files.createTempDirectory("modbench-engine"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EmbeddedModerator moderator() {
        return moderator;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        moderator.close();
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
