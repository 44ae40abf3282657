BEGIN;
--
-- Create index flee_member_4_idx on field(s) origin, id of model member
--
CREATE INDEX "flee_member_4_idx" ON "fleet_member_t2" ("origin_id", "id");
COMMIT;
