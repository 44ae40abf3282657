BEGIN;
--
-- Create index flee_member_8_idx on field(s) origin of model member
--
CREATE INDEX "flee_member_8_idx" ON "fleet_member_t2" ("origin_id");
COMMIT;
