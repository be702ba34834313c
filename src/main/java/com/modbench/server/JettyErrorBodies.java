package com.modbench.server;

import com.modbench.model.ApiError;
import com.modbench.model.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches a route (a malformed request line or URI, headers too large, …)
 * get the same APIError body as everything else instead of Jetty's HTML page.
 */
final class JettyErrorBodies extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String text = code >= 500 ? "The server could not handle this request." : "The request could not be parsed: " + message + ".";
        byte[] body = Json.write(ApiError.of(ErrorResponses.codeFor(code).wireCode(), text))
                .getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.JSON_UTF8);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
