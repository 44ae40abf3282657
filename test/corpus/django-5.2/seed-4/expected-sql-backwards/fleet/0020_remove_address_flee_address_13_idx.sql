BEGIN;
--
-- Remove index flee_address_13_idx from address
--
CREATE INDEX "flee_address_13_idx" ON "fleet_address" ("window" DESC, "type_id");
COMMIT;
