BEGIN;
--
-- Add field size to route
--
ALTER TABLE "catalog_route" ADD COLUMN "size" text DEFAULT 'naïve' NOT NULL;
ALTER TABLE "catalog_route" ALTER COLUMN "size" DROP DEFAULT;
COMMIT;
