BEGIN;
--
-- Remove field path from route
--
ALTER TABLE "events_route" ADD COLUMN "path" text DEFAULT 'naïve' NULL;
ALTER TABLE "events_route" ALTER COLUMN "path" DROP DEFAULT;
COMMENT ON COLUMN "events_route"."path" IS 'Budget total 15';
--
-- Remove index even_route_5_idx from route
--
CREATE INDEX "even_route_5_idx" ON "events_route" ((UPPER("path")));
COMMIT;
