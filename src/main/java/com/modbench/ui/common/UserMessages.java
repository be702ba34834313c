package com.modbench.ui.common;

import com.modbench.api.ModeratorException;

/** Turns failures into short sentences a user can act on; the code stays visible for API errors. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof ModeratorException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ModeratorException api) {
            return api.getMessage() + " (" + api.code() + ")";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "Something went wrong: " + cause.getClass().getSimpleName()
                : message;
    }
}
