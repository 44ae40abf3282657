BEGIN;
--
-- Add field title to badge
--
ALTER TABLE "fleet_badge" DROP COLUMN "title" CASCADE;
COMMIT;
