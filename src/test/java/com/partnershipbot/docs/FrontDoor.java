package com.partnershipbot.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What keeps a README a short front door: a title, one paragraph, then the two commands, and few lines in all. */
final class FrontDoor {
  static final int MAX_LINES = 150;
  static final String BUILD_AND_RUN = "mvn -B -DskipTests package && java -jar target/partnership-bot.jar serve";
  /** The first command, with whatever JVM flags the bot needs between {@code java} and {@code -jar}. */
  private static final Pattern BUILD_AND_RUN_WITH_FLAGS = Pattern.compile(
      "mvn -B -DskipTests package && java( -\\S+)* -jar target/partnership-bot\\.jar serve");
  static final String TEST = "mvn -B verify";

  private FrontDoor() {
  }

  /** Each way {@code readme} misses the mark, in words; empty when it is a good front door. */
  static List<String> problems(String readme) {
    List<String> problems = new ArrayList<>();
    String[] lines = readme.split("\n", -1);
    int count = readme.endsWith("\n") ? lines.length - 1 : lines.length;
    if (count > MAX_LINES) {
      problems.add("README has " + count + " lines, more than " + MAX_LINES);
    }
    int first = fence(lines, 0);
    if (first < 0 || !lines[0].startsWith("# ") || !onlyOneParagraph(lines, 1, first)) {
      problems.add("README must open with its title and one paragraph, then the commands");
    }
    int second = first < 0 ? -1 : fence(lines, closing(lines, first) + 1);
    if (!isCommand(lines, first, BUILD_AND_RUN_WITH_FLAGS)) {
      problems.add("README's first command must be: mvn -B -DskipTests package && java [flags] -jar "
          + "target/partnership-bot.jar serve");
    }
    if (!isCommand(lines, second, TEST) || !blank(lines, closing(lines, first) + 1, second)) {
      problems.add("README's second command, right after the first, must be: " + TEST);
    }
    return problems;
  }

  private static boolean onlyOneParagraph(String[] lines, int from, int to) {
    String paragraph = String.join("\n", List.of(lines).subList(from, to)).strip();
    return !paragraph.isEmpty() && !paragraph.contains("\n\n") && !paragraph.contains("\n#");
  }

  private static boolean isCommand(String[] lines, int fence, String command) {
    return isCommand(lines, fence, Pattern.compile(Pattern.quote(command)));
  }

  private static boolean isCommand(String[] lines, int fence, Pattern command) {
    return fence >= 0 && fence + 2 < lines.length && command.matcher(lines[fence + 1].strip()).matches()
        && lines[fence + 2].strip().equals("```");
  }

  private static boolean blank(String[] lines, int from, int to) {
    return to >= from && List.of(lines).subList(from, to).stream().allMatch(String::isBlank);
  }

  private static int fence(String[] lines, int from) {
    for (int i = Math.max(from, 0); i < lines.length; i++) {
      if (lines[i].startsWith("```")) {
        return i;
      }
    }
    return -1;
  }

  private static int closing(String[] lines, int open) {
    if (open < 0) {
      return lines.length;
    }
    for (int i = open + 1; i < lines.length; i++) {
      if (lines[i].startsWith("```")) {
        return i;
      }
    }
    return lines.length;
  }
}
