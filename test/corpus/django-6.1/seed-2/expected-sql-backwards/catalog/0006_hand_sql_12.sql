BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_12;
COMMIT;
