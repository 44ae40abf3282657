BEGIN;
--
-- Validate constraint events_task_nv27 on model task
--
-- (no-op)
COMMIT;
