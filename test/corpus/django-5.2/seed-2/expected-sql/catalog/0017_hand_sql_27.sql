BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_27 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_27_label ON hand_aux_27 (label);
COMMIT;
