package com.modbench.client;

import com.modbench.api.ImageLists;
import com.modbench.api.ImageModeration;
import com.modbench.api.Moderator;
import com.modbench.api.TermLists;
import com.modbench.api.TextModeration;

/**
 * {@link Moderator} over HTTP: any Content Moderator v1.0–compatible endpoint (Modbench's own {@code serve}, or the
 * service while one exists). Failures arrive as {@code ModeratorException} with the endpoint's code and message;
 * network failures as {@code ServiceUnavailable} (503). Thread-safe; close it to release its connections.
 */
public final class RemoteModerator implements Moderator {

    private final RemoteEndpoint endpoint;
    private final ApiCaller caller;
    private final TextModeration text;
    private final TermLists termLists;
    private final ImageModeration image;
    private final ImageLists imageLists;

    public RemoteModerator(RemoteEndpoint endpoint) {
        this.endpoint = endpoint;
        this.caller = new ApiCaller(endpoint);
        this.text = new RemoteTextModeration(caller);
        this.termLists = new RemoteTermLists(caller);
        this.image = new RemoteImageModeration(caller);
        this.imageLists = new RemoteImageLists(caller);
    }

    @Override
    public TextModeration text() {
        return text;
    }

    @Override
    public TermLists termLists() {
        return termLists;
    }

    @Override
    public ImageModeration image() {
        return image;
    }

    @Override
    public ImageLists imageLists() {
        return imageLists;
    }

    @Override
    public String describe() {
        return "Remote endpoint " + endpoint.baseUrl();
    }

    @Override
    public void close() {
        caller.close();
    }

    @Override
    public String toString() {
        return describe();
    }
}
