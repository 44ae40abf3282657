BEGIN;
--
-- Alter field id on route
--
ALTER TABLE "people_route" ALTER COLUMN "id" TYPE integer USING "id"::integer;
ALTER SEQUENCE IF EXISTS "people_route_id_seq" AS integer;
COMMIT;
