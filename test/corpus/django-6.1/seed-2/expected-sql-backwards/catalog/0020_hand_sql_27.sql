BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_27;
COMMIT;
