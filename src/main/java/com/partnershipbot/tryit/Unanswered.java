package com.partnershipbot.tryit;

/** A question the bot had no answer for, and how often it was asked lately. */
public record Unanswered(String question, long times) {}
