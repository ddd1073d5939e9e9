package org.peipao.ops.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

import java.net.InetSocketAddress;
import java.util.function.Consumer;

/** Serves a read-model backend to the MongoDB driver for the length of one use, then closes it and its file. */
final class ReadModelServers {

    private ReadModelServers() {
    }

    /** Hands {@code use} the collection {@code collection} of database {@code peipao}, served from {@code backend}. */
    static void withCollection(ReadModelBackend backend, String collection, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":"
                    + address.getPort())) {
                use.accept(client.getDatabase("peipao").getCollection(collection));
            }
        } finally {
            server.shutdown(); // closes the backend and its file
        }
    }
}
