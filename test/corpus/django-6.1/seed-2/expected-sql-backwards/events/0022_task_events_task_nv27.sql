BEGIN;
--
-- Create not valid constraint events_task_nv27 on model task
--
ALTER TABLE "events_task" DROP CONSTRAINT "events_task_nv27";
COMMIT;
