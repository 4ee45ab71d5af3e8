package com.partnershipbot.answering;

import java.time.Instant;

/** Someone's "helpful" or "not helpful" on an answer. */
public record Vote(Platform platform, String entryId, String user, boolean helpful, Instant at) {}
