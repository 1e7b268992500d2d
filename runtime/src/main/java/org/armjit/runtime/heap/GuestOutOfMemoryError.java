package org.armjit.runtime.heap;

/** An allocation that the guest heap cannot satisfy; the VM turns it into Python's MemoryError. */
public final class GuestOutOfMemoryError extends RuntimeException {
    public GuestOutOfMemoryError(String message) {
        super(message, null, false, false);
    }
}
