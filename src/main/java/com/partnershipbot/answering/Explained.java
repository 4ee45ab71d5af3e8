package com.partnershipbot.answering;

import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.Explanation;

/** A reply, why the matcher chose it, and the config both came from. */
public record Explained(Reply reply, Explanation why, Knowledge knowledge) {}
