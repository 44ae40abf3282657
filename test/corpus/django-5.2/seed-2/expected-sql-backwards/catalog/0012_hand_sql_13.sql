BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_13;
COMMIT;
