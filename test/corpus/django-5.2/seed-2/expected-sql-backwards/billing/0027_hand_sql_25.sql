BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_25_label;
DROP TABLE hand_aux_25;
COMMIT;
