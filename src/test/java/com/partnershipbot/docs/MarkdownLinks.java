package com.partnershipbot.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The relative links of a Markdown file that lead nowhere: a missing file, or a heading the target lacks. */
final class MarkdownLinks {
  private static final Pattern INLINE_LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:\\s*(\\S+)");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`].*?\\1", Pattern.DOTALL);
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private MarkdownLinks() {
  }

  /** Every relative link target in {@code file} that does not resolve, as written. */
  static List<String> broken(Path file) {
    List<String> broken = new ArrayList<>();
    for (String target : relativeTargets(read(file))) {
      if (!resolves(file, target)) {
        broken.add(target);
      }
    }
    return broken;
  }

  /** Link targets outside code, leaving out those with a scheme (https:, mailto:). */
  static List<String> relativeTargets(String markdown) {
    String prose = CODE_SPAN.matcher(withoutFencedBlocks(markdown)).replaceAll("");
    List<String> targets = new ArrayList<>();
    for (Pattern link : List.of(INLINE_LINK, REFERENCE_LINK)) {
      Matcher matcher = link.matcher(prose);
      while (matcher.find()) {
        String target = matcher.group(1).replaceAll("^<|>$", "");
        if (!SCHEME.matcher(target).find()) {
          targets.add(target);
        }
      }
    }
    return targets;
  }

  /** The anchors GitHub gives the file's headings, numbered as GitHub numbers repeated ones. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher heading = HEADING.matcher(withoutFencedBlocks(markdown));
    while (heading.find()) {
      String slug = slug(heading.group(1));
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  /** GitHub's heading anchor: lower case, punctuation other than hyphens and underscores dropped, spaces as hyphens. */
  static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
        .replace(' ', '-');
  }

  private static boolean resolves(Path file, String target) {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path resolved = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
    if (!Files.exists(resolved)) {
      return false;
    }
    if (hash < 0) {
      return true;
    }
    return resolved.toString().endsWith(".md") && anchors(read(resolved)).contains(target.substring(hash + 1));
  }

  private static String withoutFencedBlocks(String markdown) {
    StringBuilder prose = new StringBuilder();
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      String stripped = line.strip();
      if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, 3);
      } else if (fence != null && stripped.startsWith(fence)) {
        fence = null;
      } else if (fence == null) {
        prose.append(line).append('\n');
      }
    }
    return prose.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
