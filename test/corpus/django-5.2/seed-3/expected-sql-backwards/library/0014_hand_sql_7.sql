BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_7_label;
DROP TABLE hand_aux_7;
COMMIT;
