package dev.quorum.registration.allocation.domain;

/**
 * The seats or schools handed to the {@link Allocator} cannot be allocated as given (two with the
 * same id): a broken catalogue, told apart from the allocator's own bugs, which stay errors.
 */
public class UnallocatableCatalogue extends IllegalArgumentException {
    public UnallocatableCatalogue(String message) {
        super(message);
    }
}
