package io.loopwise.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/** The bookkeeping every row imported from db/content carries: the hash that skips unchanged files, and retirement. */
@MappedSuperclass
public abstract class ImportedContent extends PanacheEntityBase {

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
