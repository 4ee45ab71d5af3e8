package com.partnershipbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large, varied FAQ to a directory, in the same YAML format admins use: products of an
 * imaginary company crossed with the aspects people ask about, each with several phrasings.
 */
final class GeneratedFaq {
  static final List<String> PRODUCTS = products();
  static final String[][] ASPECTS = {
      {"pricing", "How much does %s cost?", "What is the price of %s per user?", "Is there a discount for %s?",
          "price cost licence fee"},
      {"setup", "How do I set up %s?", "What are the steps to install %s?", "Who can configure %s for my team?",
          "install configure onboarding"},
      {"security", "Is %s secure?", "How does %s protect our data?", "Which certifications does %s have?",
          "encryption certification audit"},
      {"availability", "Is %s available in Europe?", "Which regions offer %s?", "Can we use %s in Asia?",
          "region country launch"},
      {"limits", "What are the limits of %s?", "How many users can %s handle?", "Is there a quota on %s?",
          "quota capacity maximum"},
      {"support", "How do I get help with %s?", "Who supports %s out of hours?", "Where do I report a bug in %s?",
          "helpdesk ticket incident"},
      {"roadmap", "What is coming next for %s?", "When is the next release of %s?", "Will %s get new features?",
          "release plan future"},
      {"compliance", "Does %s meet GDPR?", "Is %s compliant with our policies?", "Can auditors review %s?",
          "gdpr regulation policy"},
      {"integration", "Does %s work with Slack?", "Can %s connect to our CRM?", "Which APIs does %s offer?",
          "api connector plugin"},
      {"data-residency", "Where does %s store our data?", "Can %s keep data in the EU?", "Which data centres host %s?",
          "storage location residency"},
      {"training", "Is there training for %s?", "Where can I learn to use %s?", "Are there videos about %s?",
          "course tutorial learning"},
      {"migration", "How do we migrate to %s?", "Can we move our old data into %s?", "How long does moving to %s take?",
          "move import transition"},
      {"accessibility", "Is %s accessible to screen readers?", "Does %s support keyboard navigation?",
          "What accessibility standards does %s meet?", "screen reader wcag keyboard"},
      {"backup", "How is %s backed up?", "Can we restore deleted items in %s?", "How long does %s keep backups?",
          "restore recovery retention"},
      {"outage", "Is %s down?", "Where can I see the status of %s?", "What happens when %s has an outage?",
          "status incident downtime"},
      {"ownership", "Who owns %s internally?", "Which team runs %s?", "Who is the product manager for %s?",
          "owner team contact"},
      {"licensing", "Who can get a licence for %s?", "How do I request access to %s?", "Can contractors use %s?",
          "access request seat"},
      {"mobile", "Is there a mobile app for %s?", "Can I use %s on my phone?", "Does %s work offline on mobile?",
          "phone app offline"},
      {"reporting", "Can %s produce reports?", "How do I export data from %s?", "Does %s have dashboards?",
          "export dashboard analytics"},
      {"retirement", "Is %s being retired?", "What replaces %s?", "How long will %s be supported?",
          "sunset end of life replacement"},
      {"performance", "Why is %s slow?", "How fast is %s?", "Can we speed up %s?", "latency speed performance"},
      {"languages", "Which languages does %s support?", "Is %s available in French?", "Can %s translate content?",
          "language translation locale"},
      {"ai-features", "Does %s use AI?", "Can we turn off the AI in %s?", "Which model powers %s?",
          "assistant model generative"},
      {"costs-chargeback", "Which budget pays for %s?", "How is %s charged back to teams?", "Who approves spending on %s?",
          "budget chargeback approval"},
      {"feedback", "How do I suggest a feature for %s?", "Where do I give feedback on %s?", "Who reads feedback about %s?",
          "suggestion idea request"}};
  private static final String[] TEAMS = {"finance", "sales", "engineering", "legal", "support", "marketing", "hr",
      "operations"};

  private GeneratedFaq() {}

  /** Writes bot.yml and {@code count} answer files under {@code dir}; returns {@code dir}. */
  static Path write(Path dir, int count) throws IOException {
    Path answers = Files.createDirectories(dir.resolve("answers"));
    Files.writeString(dir.resolve("bot.yml"), "matching:\n  answer_threshold: 0.45\n  clarify_margin: 0.06\n"
        + "  clarify_threshold: 0.36\nsynonyms:\n  - [price, cost, fee]\n  - [setup, install, onboarding]\n",
        StandardCharsets.UTF_8);
    Random random = new Random(42);
    for (int i = 0; i < count; i++) {
      Files.writeString(answers.resolve(id(i) + ".yml"), entry(i, random), StandardCharsets.UTF_8);
    }
    return dir;
  }

  /** Questions people might ask of the generated FAQ, reworded, plus some it cannot answer. */
  static List<String> questions(int count, int size) {
    Random random = new Random(7);
    List<String> questions = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int entry = random.nextInt(count);
      String product = product(entry);
      String[] aspect = aspect(entry);
      questions.add(switch (i % 4) {
        case 0 -> String.format(aspect[1 + random.nextInt(3)], product).toLowerCase(Locale.ROOT);
        case 1 -> product + " " + aspect[0].replace('-', ' ') + "?";
        case 2 -> "hey, quick one: " + String.format(aspect[1 + random.nextInt(3)], product) + " thanks!";
        default -> "what is the weather in " + TEAMS[random.nextInt(TEAMS.length)] + " city tomorrow";
      });
    }
    return questions;
  }

  private static String entry(int i, Random random) {
    String product = product(i);
    String[] aspect = aspect(i);
    String team = TEAMS[i % TEAMS.length];
    StringBuilder yaml = new StringBuilder();
    yaml.append("id: ").append(id(i)).append('\n');
    yaml.append("title: \"").append(capitalise(aspect[0].replace('-', ' '))).append(" for ").append(product)
        .append(" (").append(team).append(")\"\n");
    yaml.append("answer: |\n  *").append(product).append(" ").append(aspect[0].replace('-', ' '))
        .append(" for the ").append(team).append(" team.*\n  • Ask the ").append(team)
        .append(" lead first; the details are on the intranet page for ").append(product).append(".\n")
        .append("  • Reviewed every quarter, last change number ").append(random.nextInt(900) + 100).append(".\n");
    yaml.append("questions:\n");
    for (int q = 1; q <= 3; q++) {
      yaml.append("  - \"").append(String.format(aspect[q], product)).append("\"\n");
    }
    yaml.append("  - \"What should the ").append(team).append(" team know about ").append(aspect[0].replace('-', ' '))
        .append(" in ").append(product).append("?\"\n");
    yaml.append("keywords:\n");
    for (String keyword : aspect[4].split(" ")) {
      yaml.append("  - ").append(keyword).append('\n');
    }
    yaml.append("source:\n  title: Internal product handbook\n  date: 2026-01-05\n");
    yaml.append("reviewed: 2026-06-01\n");
    return yaml.toString();
  }

  private static String id(int i) {
    return PRODUCTS.get(i / (ASPECTS.length * TEAMS.length) % PRODUCTS.size()).toLowerCase(Locale.ROOT)
        .replace(' ', '-') + "-" + aspect(i)[0] + "-" + TEAMS[i % TEAMS.length] + "-" + i;
  }

  private static String product(int i) {
    return PRODUCTS.get(i / (ASPECTS.length * TEAMS.length) % PRODUCTS.size());
  }

  private static String[] aspect(int i) {
    return ASPECTS[i / TEAMS.length % ASPECTS.length];
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static List<String> products() {
    String[] brands = {"Contoso", "Fabrikam", "Northwind", "Tailspin", "Woodgrove", "Litware", "Proseware",
        "Adatum", "Lamna", "Relecloud"};
    String[] kinds = {"Mail", "Ledger", "Chat", "Drive", "Planner", "Insights", "Forms", "Tickets", "Wiki",
        "Vault", "Meet", "Pay", "Sign", "Notes", "Maps"};
    List<String> products = new ArrayList<>();
    for (String brand : brands) {
      for (String kind : kinds) {
        products.add(brand + " " + kind);
      }
    }
    return products;
  }
}
