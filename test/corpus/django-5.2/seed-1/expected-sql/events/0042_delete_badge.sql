BEGIN;
--
-- Delete model Badge
--
DROP TABLE "events_badge" CASCADE;
COMMIT;
