package io.loopwise.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A learning track: a titled, ordered series of questions (e.g. Python concurrency). */
@Entity
@Table(name = "track")
public class Track extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 80, unique = true)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String summary;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
