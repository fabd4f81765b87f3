package org.tandem.storage;

/** The database failed; the message says what an administrator can check. Nothing was written. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
