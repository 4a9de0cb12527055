package io.loopwise.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An interview question: Markdown text with its learning objectives and tips, at a position in its track. */
@Entity
@Table(name = "question")
public class Question extends ImportedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id", nullable = false)
    public Track track;

    @Column(nullable = false, length = 80, unique = true)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String summary;

    @Convert(converter = DifficultyConverter.class)
    @Column(nullable = false, length = 6)
    public Difficulty difficulty;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "learning_objectives", nullable = false, columnDefinition = "text[]")
    public String[] learningObjectives;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interview_tips", nullable = false, columnDefinition = "text[]")
    public String[] interviewTips;

    @Column(name = "reading_minutes", nullable = false)
    public int readingMinutes;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "question_tag",
            joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();
}
