BEGIN;
--
-- Alter field deadline on device
--
ALTER TABLE "crm_device_t21" ADD CONSTRAINT "crm_device_t21_Ref_deadline_185dd3b1_fk_crm_stati" FOREIGN KEY ("Ref_deadline") REFERENCES "crm_station" ("route_ptr_id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
