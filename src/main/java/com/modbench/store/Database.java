package com.modbench.store;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The desktop's SQLite database: one file in WAL mode (readers never block the writer), foreign keys on, a busy
 * timeout so a writer waits for another process's transaction instead of failing, and the schema migrated to the
 * newest version on open ({@link Migrations}).
 *
 * <p>One connection serves the process; {@link #read} and {@link #transaction} take turns on it. Write transactions
 * are explicit {@code BEGIN IMMEDIATE} … {@code COMMIT} on an auto-commit connection, so they are serialised with writers in other processes from their first
 * statement and never fail half-way on a lock upgrade.
 */
public final class Database implements AutoCloseable {

    public static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Connection connection;
    private final String location;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;

    private Database(Connection connection, String location) {
        this.connection = connection;
        this.location = location;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of the database " + file, e);
        }
        return connect("jdbc:sqlite:" + file.toAbsolutePath(), file.toString());
    }

    /** A private database that lives as long as this object: for tools and tests that keep nothing. */
    public static Database inMemory() {
        return connect("jdbc:sqlite::memory:", ":memory:");
    }

    private static Database connect(String url, String location) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        Connection connection;
        try {
            connection = config.createConnection(url);
        } catch (SQLException e) {
            throw failure(e, location);
        }
        Database database = new Database(connection, location);
        try {
            database.transaction(Migrations::apply);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String location() {
        return location;
    }

    /** Runs {@code work} outside any write transaction (or inside the caller's, if one is open on this thread). */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e, location);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one write transaction, committed if it returns and rolled back if it throws. Nested calls
     * on the same thread join the outer transaction.
     */
    public <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            execute("BEGIN IMMEDIATE");
            inTransaction = true;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                inTransaction = false;
            }
        } catch (SQLException e) {
            throw failure(e, location);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e, location);
        } finally {
            lock.unlock();
        }
    }

    /** A database failure as the API's error: busy → try again later; anything else → internal error. */
    static ModeratorException failure(SQLException e, String location) {
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            ModeratorException busy = new ModeratorException(ErrorCode.UNAVAILABLE, "The database " + location
                    + " stayed busy for " + BUSY_TIMEOUT_MILLIS / 1000 + " s (another Modbench is writing to it);"
                    + " try again.");
            busy.initCause(e);
            return busy;
        }
        ModeratorException error = new ModeratorException(ErrorCode.INTERNAL_ERROR,
                "The database " + location + " failed: " + e.getMessage());
        error.initCause(e);
        return error;
    }

    /** Work against the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
