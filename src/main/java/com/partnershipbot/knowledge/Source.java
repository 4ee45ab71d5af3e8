package com.partnershipbot.knowledge;

import java.time.LocalDate;

/** Where an answer's facts come from: a published document and its date. */
public record Source(String title, String publisher, String location, LocalDate date) {

  /** One line for people: "Title, Publisher, 27 Feb 2026". */
  public String citation() {
    StringBuilder line = new StringBuilder(title == null ? "" : title);
    if (publisher != null && !publisher.isBlank()) {
      line.append(", ").append(publisher);
    }
    if (date != null) {
      line.append(", ").append(Dates.human(date));
    }
    return line.toString();
  }
}
