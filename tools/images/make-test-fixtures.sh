#!/usr/bin/env bash
# One-off: the two test fixtures Java cannot write itself (run from the repo root after `mvn test-compile`).
#   src/test/resources/images/text.webp      the rendered sample text (TestImages.SAMPLE_TEXT) as lossy WebP
#   src/test/resources/images/text-cmyk.jpg  the same text plus a red box, as a CMYK JPEG (ImageMagick)
# Needs Debian's `webp` and `imagemagick` (apt-get install webp imagemagick); the tests themselves need neither.
set -euo pipefail
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="target/test-classes:target/classes:$(mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
cat > "$WORK/MakeTextPng.java" <<'JAVA'
public class MakeTextPng {
    public static void main(String[] a) throws Exception {
        var image = com.modbench.engine.image.TestImages.renderText(com.modbench.engine.image.TestImages.SAMPLE_TEXT);
        java.nio.file.Files.write(java.nio.file.Path.of(a[0]), com.modbench.engine.image.TestImages.encode(image, "png"));
    }
}
JAVA
javac -cp "$CP" -d "$WORK" "$WORK/MakeTextPng.java"
java -cp "$WORK:$CP" MakeTextPng "$WORK/text.png"
cwebp -quiet -q 90 "$WORK/text.png" -o src/test/resources/images/text.webp
convert-im6.q16 "$WORK/text.png" -fill '#c03030' -draw 'rectangle 700,10 880,60' -colorspace CMYK -quality 90 \
    src/test/resources/images/text-cmyk.jpg
