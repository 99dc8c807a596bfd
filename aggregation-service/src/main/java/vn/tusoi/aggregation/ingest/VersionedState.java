package vn.tusoi.aggregation.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** An entity's state as its owner last published it, with the owner's version of it. */
@MappedSuperclass
public abstract class VersionedState {

    @Column(nullable = false)
    public long version;
}
