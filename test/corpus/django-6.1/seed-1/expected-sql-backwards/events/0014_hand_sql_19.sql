BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_19;
COMMIT;
