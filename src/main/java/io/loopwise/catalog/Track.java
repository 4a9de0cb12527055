package io.loopwise.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learning track: a titled, ordered series of questions (e.g. Python concurrency). */
@Entity
@Table(name = "track")
public class Track extends ImportedContent {

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
}
