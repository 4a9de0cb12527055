package io.loopwise.catalog.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists and reads the question-bank files under a root: a classpath folder (inside the application jar or in
 * {@code target/classes}) or a plain directory. Paths come back relative to the root, with '/' separators.
 */
public final class ContentSource {

    private ContentSource() {
    }

    /**
     * Reads the bank at {@code location}: {@code file:/some/dir} is a directory on disk (for authors previewing
     * edits without a rebuild), anything else a classpath folder.
     */
    public static List<ContentFile> open(String location, ClassLoader loader) {
        if (location.startsWith("file:")) {
            Path dir = Path.of(location.substring("file:".length()));
            if (!Files.isDirectory(dir)) {
                throw new ContentException(dir.toString(), 1, "the content directory does not exist");
            }
            try {
                return fromDirectory(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fromClasspath(location, loader);
    }

    /** Reads every regular file under the classpath folder {@code root}; an absent folder is an empty bank. */
    public static List<ContentFile> fromClasspath(String root, ClassLoader loader) {
        URL url = loader.getResource(root);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return fromDirectory(jar.getPath(root));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return fromDirectory(FileSystems.getFileSystem(uri).getPath(root));
                }
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read content from " + url + ": " + e, e));
        }
    }

    /** Reads every regular file under {@code root}, skipping hidden files (editor droppings, .gitkeep). */
    public static List<ContentFile> fromDirectory(Path root) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                files.add(new ContentFile(relative, read(path, relative)));
            }
        }
        return files;
    }

    private static String read(Path path, String relative) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(relative, 1, "the file is not valid UTF-8");
        }
    }
}
