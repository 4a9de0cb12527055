-- Sandbox runs: one row per executed learner program, with its result and timeline.
-- cache_key = sha256(engine version, limits, code): a deterministic run with the same key is served from here.
CREATE TABLE sandbox_run (
    id              uuid        PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT now(),
    code            text        NOT NULL,
    code_sha256     char(64)    NOT NULL CHECK (code_sha256 ~ '^[0-9a-f]{64}$'),
    cache_key       char(64)    NOT NULL CHECK (cache_key ~ '^[0-9a-f]{64}$'),
    cacheable       boolean     NOT NULL,
    limits          jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('completed', 'failed', 'limit_exceeded', 'rejected')),
    limit_kind      text,
    result          jsonb       NOT NULL,
    timeline        jsonb       NOT NULL,
    engine_version  text        NOT NULL
);

-- The cache lookup: newest cacheable run with this key.
CREATE INDEX sandbox_run_cache_idx ON sandbox_run (cache_key, created_at DESC) WHERE cacheable;
-- Retention deletes by age and keeps the newest N.
CREATE INDEX sandbox_run_created_idx ON sandbox_run (created_at);
