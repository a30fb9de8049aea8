package org.relactation.bot.storage;

import com.mongodb.client.MongoDatabase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every collection the bot uses, created at start-up if missing. Safe to run on every start and from several
 * instances at once: creating an existing index is a no-op, and a collection created concurrently is fine.
 */
final class Schema {
    static final String USERS = "users";
    static final List<String> COLLECTIONS = List.of(USERS);

    private Schema() {
    }

    static void ensure(MongoDatabase database) {
        Set<String> existing = new HashSet<>();
        database.listCollectionNames().into(existing);
        for (String name : COLLECTIONS) {
            if (!existing.contains(name)) {
                try {
                    database.createCollection(name);
                } catch (com.mongodb.MongoCommandException e) {
                    // 48 NamespaceExists: another instance created it between our look and our create.
                    if (e.getErrorCode() != 48) {
                        throw e;
                    }
                }
            }
        }
    }
}
