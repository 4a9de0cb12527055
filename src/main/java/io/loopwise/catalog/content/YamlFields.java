package io.loopwise.catalog.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read as SnakeYAML nodes rather than objects, so that every complaint about a field can name the
 * line it is on. {@code lineOffset} shifts lines for front matter that does not start on the file's first line.
 */
final class YamlFields {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_SLUG_LENGTH = 80;

    private final String file;
    private final int lineOffset;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final int firstLine;

    private YamlFields(String file, int lineOffset, MappingNode mapping) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.firstLine = mapping.getStartMark().getLine() + 1 + lineOffset;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null) {
                throw error(tuple.getKeyNode(), "keys must be plain names");
            }
            if (fields.put(key, tuple) != null) {
                throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
    }

    static YamlFields parse(String file, String yaml, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with a line number
        options.setMaxAliasesForCollections(10);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : 1 + lineOffset;
            throw new ContentException(file, line, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentException(file, 1 + lineOffset, "invalid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            int line = root == null ? 1 + lineOffset : root.getStartMark().getLine() + 1 + lineOffset;
            throw new ContentException(file, line, "expected a mapping of fields (key: value)");
        }
        return new YamlFields(file, lineOffset, mapping);
    }

    void rejectUnknown(Set<String> known) {
        for (Map.Entry<String, NodeTuple> field : fields.entrySet()) {
            if (!known.contains(field.getKey())) {
                throw error(field.getValue().getKeyNode(),
                        "unknown field '" + field.getKey() + "' (expected one of " + String.join(", ", known) + ")");
            }
        }
    }

    String requiredText(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            throw new ContentException(file, firstLine, "missing required field '" + key + "'");
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error(tuple.getValueNode(), "'" + key + "' must be a non-empty text");
        }
        return scalar.getValue().strip();
    }

    String optionalText(String key) {
        return fields.containsKey(key) ? requiredText(key) : "";
    }

    String requiredSlug(String key) {
        String value = requiredText(key);
        if (!SLUG.matcher(value).matches() || value.length() > MAX_SLUG_LENGTH) {
            throw error(fields.get(key).getValueNode(), "'" + key + "' must be a lowercase kebab-case slug of at most "
                    + MAX_SLUG_LENGTH + " characters, got '" + value + "'");
        }
        return value;
    }

    int requiredPositiveInt(String key) {
        String value = requiredText(key);
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(fields.get(key).getValueNode(), "'" + key + "' must be a positive whole number, got '" + value + "'");
    }

    List<String> textList(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw error(tuple.getValueNode(), "'" + key + "' must be a list");
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw error(item, "every item of '" + key + "' must be a non-empty text");
            }
            items.add(scalar.getValue().strip());
        }
        return List.copyOf(items);
    }

    List<String> slugList(String key) {
        List<String> items = textList(key);
        for (String item : items) {
            if (!SLUG.matcher(item).matches() || item.length() > MAX_SLUG_LENGTH) {
                throw error(fields.get(key).getValueNode(),
                        "'" + key + "' items must be lowercase kebab-case slugs, got '" + item + "'");
            }
        }
        if (items.stream().distinct().count() != items.size()) {
            throw error(fields.get(key).getValueNode(), "'" + key + "' lists an item twice");
        }
        return items;
    }

    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? firstLine : tuple.getKeyNode().getStartMark().getLine() + 1 + lineOffset;
    }

    ContentException error(Node node, String reason) {
        return new ContentException(file, node.getStartMark().getLine() + 1 + lineOffset, reason);
    }

    ContentException errorAt(String key, String reason) {
        return new ContentException(file, lineOf(key), reason);
    }
}
