package com.partnershipbot.matching;

/** An entry, by its position in the FAQ, with a score. */
record Scored(int entry, double score) {}
