BEGIN;
--
-- Alter field id on route
--
ALTER TABLE "billing_route" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "billing_route" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "billing_route_id_seq" CASCADE;
COMMIT;
