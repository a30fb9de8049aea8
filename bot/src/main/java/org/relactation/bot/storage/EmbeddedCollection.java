package org.relactation.bot.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

/**
 * The library's H2 collection, except that a document stored in H2 is never handed out, only a copy of it.
 * mongo-java-server updates the document it read in place before putting it back, and answers a query by
 * encoding the documents it read after it let go of the collection; H2 meanwhile writes the documents of changed
 * pages to the file at every commit, from whichever thread commits. On the stored objects themselves those
 * overlap: a commit could write a document halfway through an update (the library's Java serialisation then
 * writes a value that can no longer be read, seen in a test), and an answer could hold one. With copies, a stored
 * document never changes after H2 was given it: an update changes a copy and puts that in its place.
 */
final class EmbeddedCollection extends H2Collection {
    /**
     * Held (shared) by every write here, taken exclusively by a commit: a write changes the documents and each
     * index map one after the other, and a commit between them would put a document in the file without its
     * unique key (after a crash, a redelivered log would then be stored twice) or a key without its document.
     */
    private final Supplier<ReadWriteLock> gate;

    /**
     * @param gate the backend's gate; asked for at each write, because collections are opened while the backend
     *             is still being built (nothing else writes then, and no gate is needed)
     */
    EmbeddedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                       MVMap<String, Object> meta, CursorRegistry cursors,
                       Supplier<ReadWriteLock> gate) {
        super(database, name, options, data, meta, cursors);
        this.gate = gate;
    }

    private <T> T writing(Supplier<T> write) {
        ReadWriteLock lock = gate.get();
        if (lock == null) {
            return write.get();
        }
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Document> insertDocuments(List<Document> documents, boolean ordered) {
        return writing(() -> super.insertDocuments(documents, ordered));
    }

    @Override
    public void addDocument(Document document) {
        writing(() -> {
            super.addDocument(document);
            return null;
        });
    }

    @Override
    public void removeDocument(Document document) {
        writing(() -> {
            super.removeDocument(document);
            return null;
        });
    }

    @Override
    public Document findAndModify(Document query) {
        return writing(() -> super.findAndModify(query));
    }

    @Override
    public int deleteDocuments(Document selector, int limit, Oplog oplog) {
        return writing(() -> super.deleteDocuments(selector, limit, oplog));
    }

    @Override
    public Document updateDocuments(Document selector, Document update, ArrayFilters filters,
                                    boolean multi, boolean upsert, Oplog oplog) {
        return writing(() -> super.updateDocuments(selector, update, filters, multi, upsert, oplog));
    }

    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return stored == null ? null : stored.cloneDeeply();
    }

    /**
     * A query an index answered. For {@code {_id: {$in: [...]}}} (how the bot reads a parent's recent entries and
     * day lists) the index found exactly the documents whose id is in the list, so they are not matched against
     * the list again: the library does, one list scan per document, which for a parent two months in (some 500
     * entries) was most of the time of a log.
     */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int skip,
                                         int limit, int batchSize, Document fieldSelector) {
        if (!isIdInList(query)) {
            return super.matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
        }
        return matchDocumentsFromStream(StreamSupport.stream(positions.spliterator(), false).map(this::getDocument)
                .filter(Objects::nonNull), new Document(), orderBy, skip, limit, batchSize, fieldSelector);
    }

    private boolean isIdInList(Document query) {
        return query.size() == 1 && query.get("_id") instanceof Document expression && expression.size() == 1
                && expression.get("$in") instanceof Collection<?>;
    }

    /** A query no index answers: every stored document is matched, and only the matches are copied. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (orderBy != null && orderBy.containsKey("$natural")) {
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector); // the bot never asks
        }
        return matchDocumentsFromStream(streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument)
                        .filter(document -> documentMatchesQuery(document, query)).map(Document::cloneDeeply),
                query, orderBy, skip, limit, batchSize, fieldSelector);
    }
}
