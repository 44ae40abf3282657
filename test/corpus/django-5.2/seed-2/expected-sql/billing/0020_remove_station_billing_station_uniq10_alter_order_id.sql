BEGIN;
--
-- Remove constraint billing_station_uniq10 from model station
--
ALTER TABLE "billing_station_t1" DROP CONSTRAINT "billing_station_uniq10";
--
-- Alter field id on order
--
ALTER TABLE "billing_order" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "billing_order" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "billing_order_id_seq" CASCADE;
COMMIT;
