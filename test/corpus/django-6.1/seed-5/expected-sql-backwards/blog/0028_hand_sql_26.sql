BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_26;
COMMIT;
