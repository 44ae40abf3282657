BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_23_label;
DROP TABLE hand_aux_23;
COMMIT;
