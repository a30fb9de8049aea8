package org.relactation.bot.storage;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoStalePrimaryException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;

/**
 * The database could not be reached or could not confirm a write: a fault of the moment, which trying the same
 * again later may get past. Everything else (a duplicate key, a malformed query, a bug) is not one, and trying
 * again would only repeat it. Thrown as such when the embedded file cannot be committed.
 */
public final class DatabaseFault extends RuntimeException {
    DatabaseFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when {@code error}, or anything that caused it, is a database fault rather than a bug. */
    public static boolean isFault(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DatabaseFault) {
                return true;
            }
            if (e instanceof MongoInterruptedException) {
                return false; // the bot is shutting down: nothing to wait for
            }
            if (e instanceof MongoSocketException           // connection refused, reset, read timeout
                    || e instanceof MongoTimeoutException   // no server selected in time
                    || e instanceof MongoServerUnavailableException
                    || e instanceof MongoConnectionPoolClearedException
                    || e instanceof MongoNotPrimaryException
                    || e instanceof MongoNodeIsRecoveringException
                    || e instanceof MongoStalePrimaryException
                    || e instanceof MongoExecutionTimeoutException
                    || e instanceof MongoWriteConcernException) { // majority not confirmed (yet)
                return true;
            }
            if (e instanceof MongoException mongo && mongo.hasErrorLabel("RetryableWriteError")) {
                return true;
            }
        }
        return false;
    }
}
