package com.modbench.api;

import com.modbench.model.ApiError;

/** A failed operation, with the API's error code and message and the HTTP status that goes with it. */
public class ModeratorException extends RuntimeException {

    private final int httpStatus;
    private final String code;

    public ModeratorException(int httpStatus, String code, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public ModeratorException(ErrorCode code, String message) {
        this(code.httpStatus(), code.wireCode(), message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public ApiError toApiError() {
        return ApiError.of(code, getMessage());
    }
}
