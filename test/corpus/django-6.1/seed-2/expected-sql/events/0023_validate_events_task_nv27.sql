BEGIN;
--
-- Validate constraint events_task_nv27 on model task
--
ALTER TABLE "events_task" VALIDATE CONSTRAINT "events_task_nv27";
COMMIT;
