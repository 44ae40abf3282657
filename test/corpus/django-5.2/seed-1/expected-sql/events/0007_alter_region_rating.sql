BEGIN;
--
-- Alter field rating on region
--
CREATE INDEX "events_region_rating_472d141e" ON "events_region" ("rating");
CREATE INDEX "events_region_rating_472d141e_like" ON "events_region" ("rating" varchar_pattern_ops);
COMMIT;
