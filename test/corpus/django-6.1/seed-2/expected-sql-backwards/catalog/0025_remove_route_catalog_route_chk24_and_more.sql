BEGIN;
--
-- Remove field attachment from route
--
ALTER TABLE "catalog_route" ADD COLUMN "attachment" integer NULL;
--
-- Remove constraint catalog_route_chk24 from model route
--
ALTER TABLE "catalog_route" ADD CONSTRAINT "catalog_route_chk24" CHECK ("attachment" < ("score" + 1));
COMMIT;
