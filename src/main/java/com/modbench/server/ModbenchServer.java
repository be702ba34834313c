package com.modbench.server;

import com.modbench.api.Moderator;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Content Moderator v1.0–compatible HTTP server: Javalin on Jetty (see docs/decisions/0020), a thin adapter
 * over a {@link Moderator}. HTTP concerns live here and in the classes beside it (keys, limits, error bodies, access
 * log); moderation lives in the moderator. Closing stops accepting connections, lets requests in flight finish
 * (up to the stop timeout) and leaves the moderator to its owner.
 */
public final class ModbenchServer implements AutoCloseable {

    private final Javalin app;
    private final String host;

    private ModbenchServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /** Starts listening; throws if the address cannot be bound. */
    public static ModbenchServer start(Moderator moderator, ServerOptions options) {
        Objects.requireNonNull(moderator, "moderator");
        if (options.keys().isEmpty()) {
            throw new IllegalArgumentException("No API keys are configured, so no request could be accepted.");
        }
        Javalin app = Javalin.create(config -> configure(config, moderator, options));
        app.start();
        return new ModbenchServer(app, options.bindAddress());
    }

    private static void configure(JavalinConfig config, Moderator moderator, ServerOptions options) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.http.prefer405over404 = true;
        config.http.compressionStrategy = CompressionStrategy.NONE;
        config.router.ignoreTrailingSlashes = true;
        config.router.caseInsensitiveRoutes = false;

        QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), 8, 60_000);
        threads.setName("modbench-http");
        config.jetty.threadPool = threads;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(16 * 1024);
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(options.bindAddress());
            connector.setPort(options.port());
            connector.setIdleTimeout(options.idleTimeout().toMillis());
            return connector;
        });
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(options.stopTimeout().toMillis());
            server.setErrorHandler(new JettyErrorBodies());
        });

        RequestGuard guard = new RequestGuard(options.keys(), options.rateLimitPerSecond());
        config.routes.before(guard::check);
        ApiRoutes.all(moderator).forEach(config.routes::addEndpoint);
        ExceptionMapping.install(config.routes);
        config.requestLogger.http(new AccessLog(options.accessLog()));
    }

    public int port() {
        return app.port();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:5055/}. */
    public URI url() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }
}
