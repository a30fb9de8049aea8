package org.relactation.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Uploaded files by file_id, so that a bot may send a file again by id as Telegram allows. */
final class FileStore {
    private final Map<String, StoredFile> byId = new HashMap<>();
    private final AtomicLong counter = new AtomicLong(1);

    synchronized StoredFile addDocument(UploadedFile upload, String mimeType) {
        String id = newId("BQACAgQAAxkD");
        StoredFile file = new StoredFile(id, uniqueId(), upload.fileName(), upload.contentType(), mimeType,
                upload.bytes(), null, null, null);
        byId.put(id, file);
        return file;
    }

    /**
     * Keeps a photo in the sizes Telegram makes of it: 90, 320, 800 and 1280 pixels on the longer side where the
     * original is larger, and the original itself (at most 2560), each size with its own file_id.
     */
    synchronized StoredFile addPhoto(UploadedFile upload, int width, int height) {
        int longer = Math.max(width, height);
        int largest = Math.min(longer, 2560);
        List<Integer> targets = new ArrayList<>();
        for (int limit : new int[] {90, 320, 800, 1280}) {
            if (limit < largest) {
                targets.add(limit);
            }
        }
        targets.add(largest);
        ArrayNode sizes = Json.array();
        for (int target : targets) {
            double scale = (double) target / longer;
            ObjectNode size = sizes.addObject();
            size.put("file_id", newId("AgACAgQAAxkD"));
            size.put("file_unique_id", uniqueId());
            size.put("file_size", Math.max(1, (int) Math.round(upload.size() * scale * scale)));
            size.put("width", Math.max(1, (int) Math.round(width * scale)));
            size.put("height", Math.max(1, (int) Math.round(height * scale)));
        }
        ObjectNode biggest = (ObjectNode) sizes.get(sizes.size() - 1);
        StoredFile file = new StoredFile(biggest.get("file_id").asText(), biggest.get("file_unique_id").asText(),
                upload.fileName(), upload.contentType(), null, upload.bytes(), width, height, sizes);
        for (var size : sizes) {
            byId.put(size.get("file_id").asText(), file);
        }
        return file;
    }

    synchronized Optional<StoredFile> byId(String fileId) {
        return Optional.ofNullable(byId.get(fileId));
    }

    private String newId(String prefix) {
        return prefix + Long.toString(counter.getAndIncrement(), 36) + "Fake" + Long.toHexString(System.nanoTime());
    }

    private String uniqueId() {
        return "AQAD" + Long.toString(counter.getAndIncrement(), 36);
    }
}
