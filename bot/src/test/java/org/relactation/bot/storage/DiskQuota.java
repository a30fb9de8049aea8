package org.relactation.bot.storage;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small disk for the embedded database, without root: a file system of H2's ({@link FilePathWrapper}, scheme
 * {@value #SCHEME}) over the real disk whose files cannot grow past {@link #limit}. A write that would take a file
 * past it fails as a full disk does ("No space left on device"), and H2 then closes its store, as on a real full
 * disk; raising the limit is freeing space. The database is opened on it by putting {@link #PREFIX} before the
 * file's path (a tiny tmpfs would do the same, but mounting one needs root).
 */
public final class DiskQuota extends FilePathWrapper {
    static final String SCHEME = "quota";
    static final String PREFIX = SCHEME + ":";
    private static final AtomicLong LIMIT = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong REFUSED = new AtomicLong();

    static {
        FilePath.register(new DiskQuota());
    }

    /** H2 makes one for each path (through this constructor). */
    public DiskQuota() {
    }

    /** Registers the file system (once) and gives the prefix for file names on it. */
    static String fileSystem() {
        return PREFIX;
    }

    /** The size no file may grow past, in bytes: below what a file holds, the next write that grows it fails. */
    static void limit(long bytes) {
        LIMIT.set(bytes);
    }

    /** Space again: no limit. */
    static void free() {
        LIMIT.set(Long.MAX_VALUE);
    }

    /** Writes refused as "no space" so far. */
    static long refused() {
        return REFUSED.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Limited(getBase().open(mode));
    }

    /** The real channel, with writes past the limit refused. */
    private static final class Limited extends FileChannel {
        private final FileChannel base;

        Limited(FileChannel base) {
            this.base = base;
        }

        private void room(long position, int length) throws IOException {
            if (length > 0 && position + length > base.size() && position + length > LIMIT.get()) {
                REFUSED.incrementAndGet();
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            room(position, source.remaining());
            return base.write(source, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            room(base.position(), source.remaining());
            return base.write(source);
        }

        @Override
        public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
            long total = 0;
            for (int i = offset; i < offset + length; i++) {
                total += sources[i].remaining();
            }
            room(base.position(), (int) Math.min(Integer.MAX_VALUE, total));
            return base.write(sources, offset, length);
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            return base.read(target);
        }

        @Override
        public long read(ByteBuffer[] targets, int offset, int length) throws IOException {
            return base.read(targets, offset, length);
        }

        @Override
        public int read(ByteBuffer target, long position) throws IOException {
            return base.read(target, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return base.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
            room(position, (int) Math.min(Integer.MAX_VALUE, count));
            return base.transferFrom(source, position, count);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return base.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return base.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
