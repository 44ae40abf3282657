BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_17;
COMMIT;
