BEGIN;
--
-- Add field total to address
--
SET CONSTRAINTS "fleet_address_total_id_c0473f4e_fk_fleet_address_body" IMMEDIATE; ALTER TABLE "fleet_address" DROP CONSTRAINT "fleet_address_total_id_c0473f4e_fk_fleet_address_body";
ALTER TABLE "fleet_address" DROP COLUMN "total_id" CASCADE;
COMMIT;
