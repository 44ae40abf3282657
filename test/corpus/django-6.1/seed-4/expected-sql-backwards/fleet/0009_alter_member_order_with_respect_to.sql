BEGIN;
--
-- Set order_with_respect_to on member to origin
--
ALTER TABLE "fleet_member_t2" DROP COLUMN "_order";
COMMIT;
