BEGIN;
--
-- Set order_with_respect_to on album to priority
--
ALTER TABLE "crm_album" DROP COLUMN "_order" CASCADE;
COMMIT;
