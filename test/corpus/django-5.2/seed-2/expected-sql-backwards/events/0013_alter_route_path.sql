BEGIN;
--
-- Alter field path on route
--
ALTER TABLE "events_route" ALTER COLUMN "path" TYPE text;
COMMENT ON COLUMN "events_route"."path" IS '';
COMMIT;
