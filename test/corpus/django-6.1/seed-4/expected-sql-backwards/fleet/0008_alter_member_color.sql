BEGIN;
--
-- Alter field color on member
--
CREATE INDEX "fleet_member_t2_color_b1760fd4" ON "fleet_member_t2" ("color");
COMMIT;
