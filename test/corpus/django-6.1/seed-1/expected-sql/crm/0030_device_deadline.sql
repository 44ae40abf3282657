BEGIN;
--
-- Add field deadline to device
--
ALTER TABLE "crm_device_t21" ADD COLUMN "Ref_deadline" bigint DEFAULT 1 NOT NULL CONSTRAINT "crm_device_t21_Ref_deadline_185dd3b1_fk_crm_stati" REFERENCES "crm_station"("route_ptr_id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "crm_device_t21_Ref_deadline_185dd3b1_fk_crm_stati" IMMEDIATE;
ALTER TABLE "crm_device_t21" ALTER COLUMN "Ref_deadline" DROP DEFAULT;
CREATE INDEX "crm_device_t21_Ref_deadline_185dd3b1" ON "crm_device_t21" ("Ref_deadline");
COMMIT;
