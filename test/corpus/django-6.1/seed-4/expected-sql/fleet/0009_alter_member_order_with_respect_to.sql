BEGIN;
--
-- Set order_with_respect_to on member to origin
--
ALTER TABLE "fleet_member_t2" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "fleet_member_t2" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
