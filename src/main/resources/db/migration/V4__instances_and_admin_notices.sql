-- Instances serving from this database: each refreshes its row every few seconds, so admin status
-- can say how many are live and which config version each serves. Used on PostgreSQL.
CREATE TABLE instances (
  instance_id VARCHAR(64) PRIMARY KEY,
  host VARCHAR(255) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  config_version VARCHAR(64) NOT NULL
);
CREATE INDEX instances_seen_at ON instances (seen_at);

-- Admin notices some instance has already sent: a refused config is announced once, not once per instance.
CREATE TABLE admin_notices (
  notice_key VARCHAR(255) PRIMARY KEY,
  sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
