BEGIN;
--
-- Add field amount to route
--
ALTER TABLE "people_route" ADD COLUMN "amount" varchar(20) DEFAULT 'n/a' NOT NULL;
COMMIT;
