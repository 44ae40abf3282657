BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "events_comment" ALTER COLUMN "checksum" TYPE numeric(10, 0);
COMMENT ON COLUMN "events_comment"."checksum" IS 'Budget total 6';
COMMIT;
