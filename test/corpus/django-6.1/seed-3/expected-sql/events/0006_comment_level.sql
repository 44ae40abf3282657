BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "events_comment" ADD COLUMN "level" bigint GENERATED ALWAYS AS (("rank" + 1)) STORED;
COMMIT;
