BEGIN;
--
-- Alter field id on vendor
--
ALTER TABLE "billing_vendor_t15" ALTER COLUMN "id" DROP IDENTITY IF EXISTS;
ALTER TABLE "billing_vendor_t15" ALTER COLUMN "id" TYPE integer;
DROP SEQUENCE IF EXISTS "billing_vendor_id_seq" CASCADE;
--
-- Alter unique_together for lesson (1 constraint(s))
--
ALTER TABLE "billing_station_t3" ADD CONSTRAINT "billing_station_t3_id_email_e6565da4_uniq" UNIQUE ("id", "email");
COMMIT;
