package com.modbench.engine.image.ocr;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Tesseract data folder for a language. English ships in the jar and is unpacked once per process to
 * a temporary folder (Tesseract reads files, not streams). Other languages are used when their
 * {@code <lang>.traineddata} is in the user's folder: the {@code modbench.tessdata} system property, else
 * {@code ~/.modbench/tessdata}. Tesseract names mostly equal the API's ISO 639-3 codes; the rest are mapped.
 */
public final class TessdataLocator {

    private static final String BUNDLED = "eng";
    private static final Map<String, String> ALIASES = Map.of("chs", "chi_sim", "zho", "chi_sim", "zh-hans",
            "chi_sim", "cht", "chi_tra", "zh-hant", "chi_tra", "cze", "ces", "ger", "deu", "fre", "fra", "dut", "nld");

    private final Path userFolder;
    private Path bundledFolder;

    public TessdataLocator(Path userFolder) {
        this.userFolder = userFolder;
    }

    public static TessdataLocator standard() {
        String configured = System.getProperty("modbench.tessdata");
        Path folder = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".modbench", "tessdata");
        return new TessdataLocator(folder);
    }

    public Path userFolder() {
        return userFolder;
    }

    /** The Tesseract name for an API language code ({@code eng} when null or blank). */
    public static String tesseractName(String language) {
        if (language == null || language.isBlank()) {
            return BUNDLED;
        }
        String code = language.trim().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z_-]{2,12}")) {
            throw new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "\"" + language + "\" is not a language code; use ISO 639-3 such as eng, deu or fra.");
        }
        return ALIASES.getOrDefault(code, code);
    }

    /** The folder holding {@code <name>.traineddata}. */
    public synchronized Path folderFor(String tesseractName) {
        if (userFolder != null && Files.isRegularFile(userFolder.resolve(tesseractName + ".traineddata"))) {
            return userFolder;
        }
        if (tesseractName.equals(BUNDLED)) {
            return bundled();
        }
        throw new ModeratorException(ErrorCode.INVALID_ARGUMENT, "OCR language \"" + tesseractName + "\" is not "
                + "installed: only English is built in. Put " + tesseractName + ".traineddata (from the Tesseract "
                + "tessdata repositories or Debian's tesseract-ocr-" + tesseractName + " package) into "
                + Optional.ofNullable(userFolder).map(Path::toString).orElse("the modbench.tessdata folder") + ".");
    }

    private Path bundled() {
        if (bundledFolder == null) {
            try (InputStream in = TessdataLocator.class.getResourceAsStream("/tessdata/eng.traineddata")) {
                if (in == null) {
                    throw new IOException("missing resource /tessdata/eng.traineddata");
                }
                Path folder = Files.createTempDirectory("modbench-tessdata");
                Path file = folder.resolve("eng.traineddata");
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().deleteOnExit();
                folder.toFile().deleteOnExit();
                bundledFolder = folder;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack the bundled English OCR data", e);
            }
        }
        return bundledFolder;
    }
}
