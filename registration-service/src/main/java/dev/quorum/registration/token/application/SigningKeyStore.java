package dev.quorum.registration.token.application;

import com.nimbusds.jose.jwk.RSAKey;
import dev.quorum.registration.token.domain.RingKey;
import java.util.List;
import java.util.Optional;

/** Where the signing keys live, shared by every instance of the service. */
public interface SigningKeyStore {

    /** Every stored key. */
    List<RingKey> findAll();

    /**
     * Stores a key unless its generation or key id is taken (another instance rotated at the same
     * moment, or the key is already there).
     *
     * @return whether this call stored it
     */
    boolean add(RingKey key);

    /** The single key of the first versions of the service, stored before keys had generations. */
    Optional<RSAKey> legacyKey();
}
