BEGIN;
--
-- Add field total to address
--
ALTER TABLE "fleet_address" ADD COLUMN "total_id" varchar(20) NULL UNIQUE CONSTRAINT "fleet_address_total_id_c0473f4e_fk_fleet_address_body" REFERENCES "fleet_address"("body") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "fleet_address_total_id_c0473f4e_fk_fleet_address_body" IMMEDIATE;
CREATE INDEX "fleet_address_total_id_c0473f4e_like" ON "fleet_address" ("total_id" varchar_pattern_ops);
COMMIT;
