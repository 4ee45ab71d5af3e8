package com.partnershipbot.storage;

import java.time.Instant;

/** A question text, how often it was asked in a period, and when last. */
public record AskedQuestion(String text, long times, Instant lastAsked) {}
