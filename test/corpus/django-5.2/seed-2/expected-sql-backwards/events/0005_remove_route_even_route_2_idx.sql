BEGIN;
--
-- Remove index even_route_2_idx from route
--
CREATE INDEX "even_route_2_idx" ON "events_route" ("path" text_pattern_ops);
COMMIT;
