BEGIN;
--
-- Alter field id on route
--
ALTER TABLE "people_route" ALTER COLUMN "id" TYPE bigint USING "id"::bigint;
ALTER SEQUENCE IF EXISTS "people_route_id_seq" AS bigint;
COMMIT;
