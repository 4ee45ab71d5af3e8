package com.partnershipbot.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an admin command or notice says, as parts each platform renders in its own markup: a
 * signal (done, refused, warning), an optional title, then lines, bullets (each with an optional
 * note under it) and preformatted lines such as config problems.
 */
public record AdminMessage(Signal signal, String title, List<Part> parts) {

  /** How the message starts: plainly, or marked as done, refused or a warning. */
  public enum Signal { NONE, DONE, REFUSED, WARNING }

  /** One line or block of the message. */
  public sealed interface Part permits Line, Bullet, Preformatted {}

  /** A line of text. */
  public record Line(Text text) implements Part {}

  /** A list item, with an optional note shown under it. */
  public record Bullet(Text text, Text note) implements Part {}

  /** Lines shown exactly as they are, in a fixed-width block. */
  public record Preformatted(List<String> lines) implements Part {
    public Preformatted {
      lines = List.copyOf(lines);
    }
  }

  /** How a span of text is shown: plainly, as code (ids, versions, commands), stressed, or quietly. */
  public enum Style { PLAIN, CODE, STRONG, QUIET }

  /** Some text in one style. */
  public record Span(Style style, String text) {
    public Span {
      Objects.requireNonNull(style);
      text = text == null ? "" : text;
    }
  }

  /** A run of spans, built left to right: {@code Text.plain("version ").code("abc")}. */
  public record Text(List<Span> spans) {
    public Text {
      spans = List.copyOf(spans);
    }

    public static Text plain(String text) {
      return new Text(List.of()).and(Style.PLAIN, text);
    }

    public static Text code(String text) {
      return new Text(List.of()).and(Style.CODE, text);
    }

    public static Text quiet(String text) {
      return new Text(List.of()).and(Style.QUIET, text);
    }

    public Text then(String text) {
      return and(Style.PLAIN, text);
    }

    public Text thenCode(String text) {
      return and(Style.CODE, text);
    }

    public Text thenStrong(String text) {
      return and(Style.STRONG, text);
    }

    /** The words without any styling. */
    public String words() {
      return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    private Text and(Style style, String text) {
      List<Span> more = new ArrayList<>(spans);
      more.add(new Span(style, text));
      return new Text(more);
    }
  }

  public AdminMessage {
    Objects.requireNonNull(signal);
    parts = List.copyOf(parts);
  }

  /** A message that starts with a title. */
  public static AdminMessage titled(String title) {
    return new AdminMessage(Signal.NONE, title, List.of());
  }

  /** A message of one line. */
  public static AdminMessage saying(Text line) {
    return new AdminMessage(Signal.NONE, null, List.of(new Line(line)));
  }

  public static AdminMessage saying(String line) {
    return saying(Text.plain(line));
  }

  public AdminMessage marked(Signal mark) {
    return new AdminMessage(mark, title, parts);
  }

  public AdminMessage line(Text text) {
    return with(new Line(text));
  }

  public AdminMessage bullet(Text text) {
    return with(new Bullet(text, null));
  }

  public AdminMessage bullet(Text text, Text note) {
    return with(new Bullet(text, note));
  }

  public AdminMessage preformatted(List<String> lines) {
    return with(new Preformatted(lines));
  }

  /** This message followed by the other's parts (not its title). */
  public AdminMessage followedBy(AdminMessage other) {
    List<Part> all = new ArrayList<>(parts);
    all.addAll(other.parts);
    return new AdminMessage(signal, title, all);
  }

  /** The message as plain lines, without any markup: for logs and tests. */
  public String plainText() {
    List<String> lines = new ArrayList<>();
    if (title != null) {
      lines.add(title);
    }
    for (Part part : parts) {
      if (part instanceof Line line) {
        lines.add(line.text().words());
      } else if (part instanceof Bullet bullet) {
        lines.add("• " + bullet.text().words());
        if (bullet.note() != null) {
          lines.add("    " + bullet.note().words());
        }
      } else {
        lines.addAll(((Preformatted) part).lines());
      }
    }
    return String.join("\n", lines);
  }

  private AdminMessage with(Part part) {
    List<Part> more = new ArrayList<>(parts);
    more.add(part);
    return new AdminMessage(signal, title, more);
  }
}
