BEGIN;
--
-- Add field type to badge
--
ALTER TABLE "fleet_badge" ADD COLUMN "type" boolean NULL;
COMMENT ON COLUMN "fleet_badge"."type" IS 'Заметка';
COMMIT;
