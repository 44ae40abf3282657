BEGIN;
--
-- Rename model Lesson to Parcel
--
-- (no-op)
COMMIT;
