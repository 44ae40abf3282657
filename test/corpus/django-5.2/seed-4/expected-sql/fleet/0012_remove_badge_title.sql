BEGIN;
--
-- Remove field title from badge
--
ALTER TABLE "fleet_badge" DROP COLUMN "title" CASCADE;
COMMIT;
