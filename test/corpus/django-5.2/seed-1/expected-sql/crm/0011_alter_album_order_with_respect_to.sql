BEGIN;
--
-- Set order_with_respect_to on album to priority
--
ALTER TABLE "crm_album" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "crm_album" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
