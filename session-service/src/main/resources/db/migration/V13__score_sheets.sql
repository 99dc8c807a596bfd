-- QĐ 366-QĐ/TW grades on a 100-point scale: a criteria frame's groups, each with its maximum, are data (provinces
-- issue their own appendices; how the groups split into sub-criteria is not verified, docs: grading.md). Shipped:
-- the two groups QĐ 366 names, general criteria (30 points) and results of tasks (70 points).
CREATE TABLE criteria_frame (
    id       varchar(64)  PRIMARY KEY,
    title    varchar(500) NOT NULL,
    document varchar(500) NOT NULL,
    -- [{code, title, maxPoints}]
    groups   jsonb        NOT NULL
);

INSERT INTO criteria_frame (id, title, document, groups)
VALUES ('QD366-2-NHOM', 'Hai nhóm tiêu chí, thang điểm 100', 'Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị',
        $groups$[{"code": "CHUNG", "title": "Nhóm tiêu chí chung", "maxPoints": 30},
                 {"code": "NHIEM-VU", "title": "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ", "maxPoints": 70}]$groups$::jsonb);

-- the score sheet of a self-review or classification as last given (self-assessment, then the proposal):
-- {frameId, points: {group: points}, total, grade the total points to}
ALTER TABLE self_review ADD COLUMN score jsonb;
ALTER TABLE unit_classification ADD COLUMN score jsonb;
