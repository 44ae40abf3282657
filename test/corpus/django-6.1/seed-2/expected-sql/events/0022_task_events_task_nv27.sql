BEGIN;
--
-- Create not valid constraint events_task_nv27 on model task
--
ALTER TABLE "events_task" ADD CONSTRAINT "events_task_nv27" CHECK (NOT "price") NOT VALID;
COMMIT;
