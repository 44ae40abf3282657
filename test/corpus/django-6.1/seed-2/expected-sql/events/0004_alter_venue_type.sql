BEGIN;
--
-- Alter field type on venue
--
CREATE INDEX "events_venue_MixedCase_type_35e3bd3d" ON "events_venue" ("MixedCase_type");
COMMIT;
