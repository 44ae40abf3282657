BEGIN;
--
-- Create constraint fleet_device_chk35 on model device
--
ALTER TABLE "fleet_device" ADD CONSTRAINT "fleet_device_chk35" CHECK ("uid" = 'it''s');
COMMIT;
