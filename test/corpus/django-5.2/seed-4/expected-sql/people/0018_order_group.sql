BEGIN;
--
-- Add field group to order
--
ALTER TABLE "people_order" ADD COLUMN "group" boolean DEFAULT false NOT NULL;
ALTER TABLE "people_order" ALTER COLUMN "group" DROP DEFAULT;
COMMIT;
