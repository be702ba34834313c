package com.modbench.api;

/**
 * The {@code Error.Code} strings Modbench uses and the HTTP status each maps to. The service never published a
 * catalogue, so these names are ours (see docs/api-errors.md).
 */
public enum ErrorCode {
    INVALID_ARGUMENT("InvalidArgument", 400),
    TEXT_TOO_LONG("TextTooLong", 400),
    EMPTY_CONTENT("EmptyContent", 400),
    UNAUTHORIZED("Unauthorized", 401),
    NOT_FOUND("NotFound", 404),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
    REQUEST_TIMEOUT("RequestTimeout", 408),
    CONFLICT("Conflict", 409),
    LIMIT_EXCEEDED("LimitExceeded", 409),
    TOO_LARGE("TooLarge", 413),
    UNSUPPORTED_MEDIA_TYPE("UnsupportedMediaType", 415),
    TOO_MANY_REQUESTS("TooManyRequests", 429),
    INTERNAL_ERROR("InternalError", 500),
    UNAVAILABLE("ServiceUnavailable", 503);

    private final String wireCode;
    private final int httpStatus;

    ErrorCode(String wireCode, int httpStatus) {
        this.wireCode = wireCode;
        this.httpStatus = httpStatus;
    }

    public String wireCode() {
        return wireCode;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
