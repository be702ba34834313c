package com.modbench.store.images;

import static com.modbench.store.Sql.bind;
import static com.modbench.store.Sql.fromJson;
import static com.modbench.store.Sql.queryLong;
import static com.modbench.store.Sql.toJson;
import static com.modbench.store.Sql.update;

import com.modbench.engine.image.lists.ImageListRepository;
import com.modbench.engine.image.lists.IndexedImage;
import com.modbench.engine.image.lists.StoredImage;
import com.modbench.model.lists.ImageList;
import com.modbench.model.lists.ListBody;
import com.modbench.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Image lists in the SQLite database (tables of {@code V100__image_lists.sql}). */
public final class SqliteImageListRepository implements ImageListRepository {

    private final Database database;

    public SqliteImageListRepository(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.transaction(connection -> work.get());
    }

    @Override
    public ImageList createList(ListBody body) {
        return database.transaction(c -> {
            String now = Instant.now().toString();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO image_list (name, description, metadata,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, body.name(), body.description(), toJson(body.metadata()), now, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new ImageList(keys.getInt(1), body.name(), body.description(), body.metadata());
                }
            }
        });
    }

    @Override
    public Optional<ImageList> updateList(int listId, ListBody body) {
        return database.transaction(c -> {
            int changed = update(c, "UPDATE image_list SET name = ?, description = ?, metadata = ?, updated_at = ?"
                    + " WHERE id = ?", body.name(), body.description(), toJson(body.metadata()),
                    Instant.now().toString(), listId);
            return changed == 1 ? Optional.of(new ImageList(listId, body.name(), body.description(),
                    body.metadata())) : Optional.empty();
        });
    }

    @Override
    public Optional<ImageList> findList(int listId) {
        return database.read(c -> {
            List<ImageList> found = lists(c, "SELECT id, name, description, metadata FROM image_list WHERE id = ?",
                    listId);
            return found.stream().findFirst();
        });
    }

    @Override
    public List<ImageList> lists() {
        return database.read(c -> lists(c, "SELECT id, name, description, metadata FROM image_list ORDER BY id"));
    }

    @Override
    public boolean deleteList(int listId) {
        return database.transaction(c -> update(c, "DELETE FROM image_list WHERE id = ?", listId) == 1);
    }

    @Override
    public StoredImage addImage(int listId, long hash, byte[] features, Integer tag, String label,
            byte[] thumbnailJpeg) {
        return database.transaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO list_image (list_id, hash, tag, label,"
                    + " thumbnail, added_at, features) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setInt(1, listId);
                insert.setLong(2, hash);
                if (tag == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setInt(3, tag);
                }
                insert.setString(4, label);
                insert.setBytes(5, thumbnailJpeg);
                insert.setString(6, Instant.now().toString());
                insert.setBytes(7, features);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new StoredImage(keys.getInt(1), listId, hash, tag, label, thumbnailJpeg);
                }
            }
        });
    }

    @Override
    public boolean deleteImage(int listId, int imageId) {
        return database.transaction(c -> update(c, "DELETE FROM list_image WHERE list_id = ? AND id = ?", listId,
                imageId) == 1);
    }

    @Override
    public void deleteAllImages(int listId) {
        database.transaction(c -> update(c, "DELETE FROM list_image WHERE list_id = ?", listId));
    }

    @Override
    public List<StoredImage> images(int listId) {
        return database.read(c -> {
            List<StoredImage> images = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id, hash, tag, label FROM list_image WHERE list_id = ? ORDER BY id")) {
                query.setInt(1, listId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        images.add(new StoredImage(rows.getInt(1), listId, rows.getLong(2), nullableInt(rows, 3),
                                rows.getString(4), null));
                    }
                }
            }
            return images;
        });
    }

    @Override
    public int imageCount(int listId) {
        return database.read(c -> (int) queryLong(c, "SELECT COUNT(*) FROM list_image WHERE list_id = ?", listId));
    }

    @Override
    public Optional<byte[]> thumbnail(int listId, int imageId) {
        return blob("SELECT thumbnail FROM list_image WHERE list_id = ? AND id = ?", listId, imageId);
    }

    @Override
    public void replaceIndex(int listId, List<IndexedImage> entries) {
        database.transaction(c -> {
            update(c, "DELETE FROM indexed_image WHERE list_id = ?", listId);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO indexed_image (list_id, image_id, hash, tag, label) VALUES (?, ?, ?, ?, ?)")) {
                for (IndexedImage entry : entries) {
                    bind(insert, listId, entry.imageId(), entry.hash(),
                            entry.tags().isEmpty() ? null : entry.tags().get(0), entry.label());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            update(c, "UPDATE indexed_image SET features = (SELECT features FROM list_image WHERE id = image_id)"
                    + " WHERE list_id = ?", listId);
            return update(c, "UPDATE image_list SET index_revision = index_revision + 1 WHERE id = ?", listId);
        });
    }

    @Override
    public List<IndexedImage> index(int listId) {
        return database.read(c -> {
            List<IndexedImage> entries = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT image_id, hash, tag, label FROM indexed_image WHERE list_id = ? ORDER BY image_id")) {
                query.setInt(1, listId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Integer tag = nullableInt(rows, 3);
                        entries.add(new IndexedImage(rows.getInt(1), listId, rows.getLong(2),
                                tag == null ? List.of() : List.of(tag), rows.getString(4)));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public Optional<byte[]> indexedFeatures(int listId, int imageId) {
        return blob("SELECT features FROM indexed_image WHERE list_id = ? AND image_id = ?", listId, imageId);
    }

    private Optional<byte[]> blob(String sql, int listId, int imageId) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                bind(query, listId, imageId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public long indexRevision(int listId) {
        return database.read(c -> queryLong(c, "SELECT index_revision FROM image_list WHERE id = ?", listId));
    }

    private static List<ImageList> lists(Connection c, String sql, Object... args) throws SQLException {
        List<ImageList> lists = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lists.add(new ImageList(rows.getInt(1), rows.getString(2), rows.getString(3),
                            fromJson(rows.getString(4))));
                }
            }
        }
        return lists;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
