package org.relactation.bot.telegram.fake;

import java.util.Arrays;

/**
 * One file part of a multipart request.
 *
 * @param partName    the form field name; OkHttpTelegramClient names it after the file and points to it with
 *                    {@code photo=attach://<partName>}
 * @param fileName    the filename of the part's Content-Disposition
 * @param contentType the part's Content-Type as sent (OkHttpTelegramClient always sends application/octet-stream)
 * @param bytes       the content
 */
record UploadedFile(String partName, String fileName, String contentType, byte[] bytes) {
    UploadedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile file && partName.equals(file.partName) && fileName.equals(file.fileName)
                && contentType.equals(file.contentType) && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return partName.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "UploadedFile[" + partName + ", " + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
