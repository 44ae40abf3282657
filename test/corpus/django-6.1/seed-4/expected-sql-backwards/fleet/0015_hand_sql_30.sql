BEGIN;
--
-- Raw SQL operation
--
DROP TABLE hand_aux_30;
COMMIT;
