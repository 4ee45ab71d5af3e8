package com.partnershipbot.tryit;

import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.knowledge.ConfigProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the status strip shows: the config served and when it was loaded, the folder it came from
 * (local mode: the admin's draft), the last refused reload with its problems, the warnings in force
 * and, in local mode, the questions most often left unanswered.
 */
record PageStatus(String version, Instant loadedAt, int answers, boolean semantic, Optional<String> configDir,
    Optional<ReloadResult> refused, List<ConfigProblem> warnings, Optional<List<Unanswered>> unanswered) {}
