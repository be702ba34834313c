package com.modbench.engine.text.pii;

import java.util.List;

/** Finds one kind of personal data in the original text, validating candidates before it reports them. */
public interface PiiRecognizer {

    List<PiiHit> find(String text);
}
