-- Checklists a member reviews themself against (the 27 manifestations of NQ 04-NQ/TW by default), as data with
-- their sources: a checklist's versions are never changed, a correction is a new version, and a self-review keeps
-- the version it was made against. An item carries text only where its wording was checked against a published
-- source (docs: grading.md); every other item is shown by its number under its group's title until an
-- administrator loads the committee's official text.
CREATE TABLE checklist (
    id      varchar(64) PRIMARY KEY,
    -- the current version's number
    version bigint      NOT NULL
);

CREATE TABLE checklist_version (
    checklist_id varchar(64)  NOT NULL REFERENCES checklist (id),
    number       bigint       NOT NULL,
    title        varchar(500) NOT NULL,
    document     varchar(500) NOT NULL,
    -- what an item is called: "Biểu hiện" (the 7th: "Biểu hiện thứ 7")
    item_noun    varchar(64)  NOT NULL,
    -- [{code, title, items: [{number, text, source}]}]: numbers are unique in the version
    groups       jsonb        NOT NULL,
    published_at timestamptz  NOT NULL,
    published_by varchar(200) NOT NULL,
    PRIMARY KEY (checklist_id, number)
);

INSERT INTO checklist (id, version) VALUES ('NQ04-27', 1), ('QD37-19', 1);

INSERT INTO checklist_version (checklist_id, number, title, document, item_noun, groups, published_at, published_by)
VALUES ('NQ04-27', 1, '27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" trong nội bộ',
        'Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị Trung ương 4 khóa XII', 'Biểu hiện', $groups$[
  {"code": "I", "title": "Nhóm I: suy thoái về tư tưởng chính trị", "items": [
    {"number": 1, "text": "Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin vào mục tiêu độc lập dân tộc và chủ nghĩa xã hội; hoài nghi, thiếu tin tưởng vào chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.", "source": "danviet.vn, bài 2023062209121573"},
    {"number": 2, "text": "Xa rời tôn chỉ, mục đích của Đảng; không kiên định con đường đi lên chủ nghĩa xã hội; phụ hoạ theo những nhận thức lệch lạc, quan điểm sai trái.", "source": "danviet.vn, bài 2023062209121573"},
    {"number": 3, "text": "Nhận thức sai lệch về ý nghĩa, tầm quan trọng của lý luận và học tập lý luận chính trị; lười học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, chủ trương, đường lối, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước.", "source": "danviet.vn, bài 2023062209121573"},
    {"number": 4, "text": "Không chấp hành nghiêm các nguyên tắc tổ chức của Đảng; sa sút ý chí phấn đấu, không gương mẫu trong công tác; né tránh trách nhiệm, thiếu trách nhiệm, trung bình chủ nghĩa, làm việc qua loa, đại khái, kém hiệu quả; không còn ý thức hết lòng vì nước, vì dân, không làm tròn chức trách, nhiệm vụ được giao.", "source": "plo.vn, bài diem-mat-hang-loat-bieu-hien-suy-thoai-662223"},
    {"number": 5},
    {"number": 6, "text": "Nói không đi đôi với làm; hứa nhiều làm ít; nói một đằng, làm một nẻo; nói trong hội nghị khác, nói ngoài hội nghị khác; nói và làm không nhất quán giữa khi đương chức với lúc về nghỉ hưu.", "source": "baothuathienhue.vn, bài 34803"},
    {"number": 7}, {"number": 8}, {"number": 9}]},
  {"code": "II", "title": "Nhóm II: suy thoái về đạo đức, lối sống", "items": [
    {"number": 10}, {"number": 11}, {"number": 12}, {"number": 13}, {"number": 14}, {"number": 15}, {"number": 16},
    {"number": 17}, {"number": 18}]},
  {"code": "III", "title": "Nhóm III: biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ", "items": [
    {"number": 19, "text": "Phản bác, phủ nhận chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh và các nguyên tắc tổ chức của Đảng, nhất là nguyên tắc tập trung dân chủ; đòi thực hiện \"đa nguyên, đa đảng\".", "source": "boxhoidap.com, bài bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024 (trang tổng hợp, không phải văn bản gốc)"},
    {"number": 20, "text": "Phản bác, phủ nhận nền dân chủ xã hội chủ nghĩa, nhà nước pháp quyền xã hội chủ nghĩa; đòi thực hiện thể chế \"tam quyền phân lập\", phát triển \"xã hội dân sự\". Phủ nhận nền kinh tế thị trường định hướng xã hội chủ nghĩa, chế độ sở hữu toàn dân về đất đai.", "source": "boxhoidap.com, bài bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024 (trang tổng hợp, không phải văn bản gốc)"},
    {"number": 21, "text": "Nói, viết, làm trái quan điểm, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước. Hạ thấp, phủ nhận những thành quả cách mạng; thổi phồng khuyết điểm của Đảng, Nhà nước. Xuyên tạc lịch sử, bịa đặt, vu cáo các lãnh tụ tiền bối và lãnh đạo Đảng, Nhà nước.", "source": "boxhoidap.com, bài bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024 (trang tổng hợp, không phải văn bản gốc)"},
    {"number": 22, "text": "Kích động tư tưởng bất mãn, bất đồng chính kiến, chống đối trong nội bộ. Lợi dụng và sử dụng các phương tiện thông tin, truyền thông, mạng xã hội để nói xấu, bôi nhọ, hạ thấp uy tín, vai trò lãnh đạo của Đảng, gây chia rẽ nội bộ, nghi ngờ trong cán bộ, đảng viên và nhân dân.", "source": "boxhoidap.com, bài bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024 (trang tổng hợp, không phải văn bản gốc)"},
    {"number": 23, "text": "Phủ nhận vai trò lãnh đạo tuyệt đối, trực tiếp về mọi mặt của Đảng đối với lực lượng vũ trang; đòi \"phi chính trị hóa\" quân đội và công an; xuyên tạc đường lối quốc phòng toàn dân và an ninh nhân dân; chia rẽ quân đội với công an; chia rẽ nhân dân với quân đội và công an.", "source": "boxhoidap.com, bài bieu-hien-tu-chuyen-bien-tu-chuyen-hoa-nam-2024 (trang tổng hợp, không phải văn bản gốc)"},
    {"number": 24}, {"number": 25},
    {"number": 26, "text": "Phủ nhận vai trò lãnh đạo của Đảng đối với báo chí, văn học - nghệ thuật. Tác động, lôi kéo, lái dư luận xã hội không theo đường lối của Đảng; cổ xúy cho quan điểm, tư tưởng dân chủ cực đoan; thổi phồng mặt trái của xã hội. Sáng tác, quảng bá những tác phẩm văn hóa, nghệ thuật lệch lạc, bóp méo lịch sử, hạ thấp uy tín của Đảng.", "source": "mix166.vn, bài Nhan-dien-tu-dien-bien-tren-linh-vuc-bao-chi-van-hoc-nghe-thuat (không phải văn bản gốc)"},
    {"number": 27}]}
]$groups$::jsonb, now(), 'system'),
       ('QD37-19', 1, 'Những điều đảng viên không được làm',
        'Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương', 'Điều', $groups$[
  {"code": "QD37", "items": [
    {"number": 1}, {"number": 2}, {"number": 3}, {"number": 4}, {"number": 5}, {"number": 6}, {"number": 7},
    {"number": 8}, {"number": 9}, {"number": 10}, {"number": 11}, {"number": 12}, {"number": 13}, {"number": 14},
    {"number": 15}, {"number": 16}, {"number": 17}, {"number": 18}, {"number": 19}]}
]$groups$::jsonb, now(), 'system');

-- A campaign names the checklist its self-reviews use; a self-review keeps the version it was made against (the
-- reviews before this migration were made against NQ 04's 27 as numbered here).
ALTER TABLE campaign ADD COLUMN checklist_id varchar(64) NOT NULL DEFAULT 'NQ04-27' REFERENCES checklist (id);
ALTER TABLE self_review ADD COLUMN checklist_id varchar(64) NOT NULL DEFAULT 'NQ04-27',
    ADD COLUMN checklist_version bigint NOT NULL DEFAULT 1,
    ADD FOREIGN KEY (checklist_id, checklist_version) REFERENCES checklist_version (checklist_id, number);
ALTER TABLE self_review ALTER COLUMN checklist_id DROP DEFAULT, ALTER COLUMN checklist_version DROP DEFAULT;
