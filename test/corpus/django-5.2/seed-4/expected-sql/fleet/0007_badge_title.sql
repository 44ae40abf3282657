BEGIN;
--
-- Add field title to badge
--
ALTER TABLE "fleet_badge" ADD COLUMN "title" varchar(100) DEFAULT 'naïve' NULL;
COMMIT;
