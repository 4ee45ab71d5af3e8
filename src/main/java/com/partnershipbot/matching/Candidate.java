package com.partnershipbot.matching;

/** An entry the question may be about, with the matcher's confidence from 0 to 1. */
public record Candidate(String id, double score) {}
