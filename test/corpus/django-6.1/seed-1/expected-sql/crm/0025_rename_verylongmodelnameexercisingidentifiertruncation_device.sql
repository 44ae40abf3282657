BEGIN;
--
-- Rename model VeryLongModelNameExercisingIdentifierTruncation to Device
--
-- (no-op)
COMMIT;
