package com.modbench.engine.image;

import com.modbench.engine.image.input.DecodedImage;
import com.modbench.model.KeyValuePair;
import java.util.ArrayList;
import java.util.List;

/** An input image ready for the models, with its cache id (when kept) and how long a download took. */
record ResolvedImage(DecodedImage image, String cacheId, long downloadMillis) {

    /** The facts every image response reports in {@code AdvancedInfo} / {@code Metadata}. */
    List<KeyValuePair> facts() {
        List<KeyValuePair> facts = new ArrayList<>();
        if (downloadMillis >= 0) {
            facts.add(new KeyValuePair("ImageDownloadTimeInMs", Long.toString(downloadMillis)));
        }
        facts.add(new KeyValuePair("ImageSizeInBytes", Integer.toString(image.byteSize())));
        facts.add(new KeyValuePair("ImageFormat", image.format().name()));
        facts.add(new KeyValuePair("ImageWidth", Integer.toString(image.width())));
        facts.add(new KeyValuePair("ImageHeight", Integer.toString(image.height())));
        return facts;
    }
}
