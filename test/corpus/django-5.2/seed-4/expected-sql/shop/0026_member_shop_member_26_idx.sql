BEGIN;
--
-- Create index shop_member_26_idx on field(s) status of model member
--
CREATE INDEX "shop_member_26_idx" ON "shop_member" ("Renamed_status22") WHERE "Renamed_status22";
COMMIT;
