BEGIN;
--
-- Validate constraint events_tag_nv3 on model tag
--
-- (no-op)
COMMIT;
