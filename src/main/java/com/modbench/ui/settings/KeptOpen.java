package com.modbench.ui.settings;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.api.ReviewThresholds;
import com.modbench.api.TermLists;
import com.modbench.api.TextModeration;
import java.util.Optional;

/**
 * The embedded engine as handed to the app: switching to a remote endpoint "closes" the previous moderator, but the
 * engine (models loaded, database open) is kept for switching back; the app closes the engine and its database on
 * exit.
 */
public final class KeptOpen implements Moderator {

    private final Moderator engine;

    public KeptOpen(Moderator engine) {
        this.engine = engine;
    }

    @Override
    public TextModeration text() {
        return engine.text();
    }

    @Override
    public TermLists termLists() {
        return engine.termLists();
    }

    @Override
    public ImageModeration image() {
        return engine.image();
    }

    @Override
    public ImageLists imageLists() {
        return engine.imageLists();
    }

    @Override
    public String describe() {
        return engine.describe();
    }

    @Override
    public Optional<ReviewThresholds> reviewThresholds() {
        return engine.reviewThresholds();
    }

    @Override
    public void close() {
        // kept for reuse; see the class comment
    }
}
