-- A run's output may contain NUL (print('\x00') is legal Python). jsonb cannot hold the \u0000 escape, so a run
-- with such output could not be stored. The json type keeps the document's text as written, escapes included.
-- Nothing queries inside these documents; they are written once and read back whole.
ALTER TABLE sandbox_run
    ALTER COLUMN result   TYPE json USING result::json,
    ALTER COLUMN timeline TYPE json USING timeline::json;
