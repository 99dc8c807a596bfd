package vn.tusoi.aggregation.notice;

import java.util.List;

/** Where a member's own notices are e-mailed: the addresses the identity provider holds for the member. */
public interface MemberDirectory {

    /** Whether this deployment has one; without it a member's notices stay in their inbox, not e-mailed. */
    boolean enabled();

    /**
     * The member's verified e-mail addresses (none if the member has no account or no verified address).
     *
     * @throws DirectoryUnavailable when the identity provider does not answer: the lookup is tried again later
     */
    List<String> addressesOf(String registryNo);

    /** The identity provider did not answer, or refused this service. */
    class DirectoryUnavailable extends RuntimeException {
        public DirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
