BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_5_label;
DROP TABLE hand_aux_5;
COMMIT;
