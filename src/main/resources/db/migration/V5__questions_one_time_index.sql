-- Every question asked writes one row, so each index on questions is paid for on every question.
-- The unanswered-question report reads the questions of its look-back window through
-- questions_asked_at and keeps the unanswered ones; the outcome-first index saved it little and
-- cost a third of each row's write.
DROP INDEX questions_outcome_asked_at;
